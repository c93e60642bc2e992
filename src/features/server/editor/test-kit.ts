import { EditorView } from '@codemirror/view'
import { act, screen } from '@testing-library/react'

import { afterThisTest } from '@/test-kit/cleanup'

// Shortcuts for the editor's component tests: jsdom has no layout, so CodeMirror's measuring
// needs Range geometry, and a test edits the text through CodeMirror's own API (what typing
// would dispatch) rather than through contenteditable events jsdom doesn't implement.

/** Range.getClientRects / getBoundingClientRect, empty, for this test (jsdom lacks them). */
export function fakeRangeGeometry() {
  const proto = Range.prototype as Partial<Range>
  const rects = proto.getClientRects
  const box = proto.getBoundingClientRect
  proto.getClientRects = () => [] as unknown as DOMRectList
  proto.getBoundingClientRect = () => new DOMRect()
  afterThisTest(() => {
    if (rects) proto.getClientRects = rects
    else delete proto.getClientRects
    if (box) proto.getBoundingClientRect = box
    else delete proto.getBoundingClientRect
  })
}

/** The CodeMirror view whose text area is named `name` ("Contents of server.properties"). */
export async function findEditor(name: string | RegExp): Promise<EditorView> {
  const content = await screen.findByRole('textbox', { name })
  const view = EditorView.findFromDOM(content)
  if (!view) throw new Error('no CodeMirror view')
  return view
}

/** Replaces the first `from` in the text with `to`, as typing it would. */
export function replaceText(view: EditorView, from: string, to: string) {
  const at = view.state.doc.toString().indexOf(from)
  if (at < 0) throw new Error(`"${from}" is not in the text`)
  act(() => {
    view.dispatch({ changes: { from: at, to: at + from.length, insert: to }, userEvent: 'input' })
  })
}

export function typeAtEnd(view: EditorView, text: string) {
  act(() => {
    view.dispatch({ changes: { from: view.state.doc.length, insert: text }, userEvent: 'input' })
  })
}
