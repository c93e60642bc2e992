import { useRef, useState } from 'react'

interface AccountFormSubmitOptions<V> {
  /** Makes the request; resolves with the success notice to show (none: nothing was done). */
  submit: (values: V) => Promise<string | undefined>
  /** Puts a failure on the form (fields or the alert at the top); typed input stays as it was. */
  onError: (error: unknown) => void
}

/**
 * Submit handling shared by the account forms: one request at a time (however often the button
 * is pressed), a success notice that any edit clears, and errors handed back to the form.
 */
export function useAccountFormSubmit<V>({ submit, onError }: AccountFormSubmitOptions<V>) {
  const [success, setSuccess] = useState<string>()
  const inFlight = useRef(false)

  const onSubmit = async (values: V) => {
    if (inFlight.current) return
    inFlight.current = true
    setSuccess(undefined)
    try {
      setSuccess(await submit(values))
    } catch (error) {
      onError(error)
    } finally {
      inFlight.current = false
    }
  }

  const clearSuccess = () => {
    if (success) setSuccess(undefined)
  }

  return { success, onSubmit, clearSuccess }
}
