import { describe, expect, it } from 'vitest'

import { isSwitchOn, readVariableRules } from './variable-rules'

describe('readVariableRules', () => {
  it.each([
    ['required|boolean', { kind: 'switch', on: '1', off: '0' }],
    ['required|string|in:true,false', { kind: 'switch', on: 'true', off: 'false' }],
    ['in:false,true', { kind: 'switch', on: 'true', off: 'false' }],
    ['required|in:0,1', { kind: 'switch', on: '1', off: '0' }],
    ['required|in:1,0', { kind: 'switch', on: '1', off: '0' }],
    [
      'required|string|in:peaceful,easy,normal,hard',
      { kind: 'select', options: ['peaceful', 'easy', 'normal', 'hard'] },
    ],
    ['in:true,false,auto', { kind: 'select', options: ['true', 'false', 'auto'] }],
    ['required|integer|between:1,100', { kind: 'number', integer: true, min: 1, max: 100 }],
    ['required|numeric|min:3|max:32', { kind: 'number', integer: false, min: 3, max: 32 }],
    ['numeric', { kind: 'number', integer: false }],
    ['required|integer|min:-10', { kind: 'number', integer: true, min: -10 }],
    ['nullable|string|max:59', { kind: 'text', maxLength: 59 }],
    ['required|string|between:3,16', { kind: 'text', minLength: 3, maxLength: 16 }],
    ['required|string|size:4', { kind: 'text', minLength: 4, maxLength: 4 }],
    ['required|regex:/^([\\w\\d._-]+)(\\.jar)$/', { kind: 'text' }],
    ['required|regex:/^[a-z]{1,3}$/|max:3', { kind: 'text', maxLength: 3 }],
    ['', { kind: 'text' }],
    ['required|string|max:abc', { kind: 'text' }],
  ])('%j → %j', (rules, control) => {
    expect(readVariableRules(rules).control).toEqual(control)
  })

  it('reads required and nullable', () => {
    expect(readVariableRules('required|string')).toMatchObject({ required: true, nullable: false })
    expect(readVariableRules('nullable|string')).toMatchObject({ required: false, nullable: true })
  })

  it('reads a stored value as on or off', () => {
    expect(isSwitchOn('1', '1')).toBe(true)
    expect(isSwitchOn('true', '1')).toBe(true)
    expect(isSwitchOn('0', '1')).toBe(false)
    expect(isSwitchOn('true', 'true')).toBe(true)
    expect(isSwitchOn('1', 'true')).toBe(false)
  })
})
