import { render } from '@testing-library/react'

import { interpolate } from './interpolate'

describe('interpolate', () => {
  it('fills slots with nodes in the order the language puts them', () => {
    const { container } = render(
      <p>{interpolate('Schlüssel {name} gelöscht ({count})', { name: <b>ci</b>, count: 3 })}</p>,
    )
    expect(container.innerHTML).toBe('<p>Schlüssel <b>ci</b> gelöscht (3)</p>')
  })

  it('renders values as text, never as markup, and leaves unknown slots visible', () => {
    const { container } = render(
      <p>{interpolate('{a} and {missing}', { a: '<img src=x onerror=alert(1)>' })}</p>,
    )
    expect(container.querySelector('img')).toBeNull()
    expect(container.textContent).toBe('<img src=x onerror=alert(1)> and {missing}')
  })
})
