// Must run before any module that builds a zod schema (see the file).
import './lib/zod-config'
import './index.css'

import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

import { AppProviders } from './app/providers'
import { createQueryClient } from './app/query-client'
import { createAppRouter } from './app/router'
import { followSession } from './app/session'
import { initialLanguage, setLanguage } from './i18n/language'

const queryClient = createQueryClient()
const router = createAppRouter(queryClient)
followSession(queryClient, router)

const root = document.getElementById('root')
if (!root) throw new Error('#root is missing from index.html')

// English renders at once; another remembered language first loads its catalogue (one small
// chunk) so the sign-in page does not flash English. setLanguage never rejects.
void setLanguage(initialLanguage(), false).then(() =>
  createRoot(root).render(
    <StrictMode>
      <AppProviders queryClient={queryClient} router={router} />
    </StrictMode>,
  ),
)
