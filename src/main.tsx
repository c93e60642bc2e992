import './index.css'

import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

import { AppProviders } from './app/providers'
import { connectRouter, createQueryClient } from './app/query-client'
import { createAppRouter } from './app/router'

const queryClient = createQueryClient()
const router = createAppRouter(queryClient)
connectRouter(queryClient, router)

const root = document.getElementById('root')
if (!root) throw new Error('#root is missing from index.html')

createRoot(root).render(
  <StrictMode>
    <AppProviders queryClient={queryClient} router={router} />
  </StrictMode>,
)
