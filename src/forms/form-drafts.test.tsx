import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { useForm } from 'react-hook-form'

import { accountQueries } from '@/api/account'
import type { Account } from '@/api/account'

import { captureFormDrafts, clearFormDrafts, takeFormDraft, useFormDraft } from './form-drafts'

interface Values {
  description: string
  password: string
}

function DraftForm() {
  const form = useForm<Values>({ defaultValues: { description: '', password: '' } })
  useFormDraft(form, 'test.form', ['description'])
  return (
    <form>
      <label>
        Description
        <input {...form.register('description')} />
      </label>
      <label>
        Password
        <input type="password" {...form.register('password')} />
      </label>
    </form>
  )
}

function account(id: number): Account {
  return {
    id,
    admin: false,
    username: `user${id}`,
    email: `user${id}@example.com`,
    firstName: '',
    lastName: '',
    language: 'en',
  }
}

function withAccount(id: number, children: ReactNode, client = new QueryClient()) {
  client.setQueryData(accountQueries.detail().queryKey, account(id))
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>
}

afterEach(() => clearFormDrafts())

describe('form drafts across a session expiry', () => {
  it('gives the non-secret fields back once, to the same account', async () => {
    const user = userEvent.setup()
    const first = render(withAccount(7, <DraftForm />))
    await user.type(screen.getByLabelText('Description'), 'Nightly backup bot')
    await user.type(screen.getByLabelText('Password'), 'hunter22')
    captureFormDrafts(7)
    first.unmount()

    const second = render(withAccount(7, <DraftForm />))
    expect(screen.getByLabelText('Description')).toHaveValue('Nightly backup bot')
    expect(screen.getByLabelText('Password')).toHaveValue('')
    second.unmount()

    render(withAccount(7, <DraftForm />))
    expect(screen.getByLabelText('Description')).toHaveValue('')
  })

  it('drops everything when a different account signs in', async () => {
    const user = userEvent.setup()
    const first = render(withAccount(7, <DraftForm />))
    await user.type(screen.getByLabelText('Description'), 'Private note')
    captureFormDrafts(7)
    first.unmount()

    render(withAccount(8, <DraftForm />))
    expect(screen.getByLabelText('Description')).toHaveValue('')
    expect(takeFormDraft('test.form', 7)).toBeUndefined()
  })

  it('keeps nothing for empty forms or forms that were not mounted', () => {
    captureFormDrafts(7)
    expect(takeFormDraft('test.form', 7)).toBeUndefined()
  })
})
