import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands'
import {
  bracketMatching,
  foldGutter,
  foldKeymap,
  HighlightStyle,
  indentOnInput,
  syntaxHighlighting,
} from '@codemirror/language'
import {
  highlightSelectionMatches,
  openSearchPanel,
  search,
  searchKeymap,
} from '@codemirror/search'
import { Compartment, EditorState } from '@codemirror/state'
import type { Text } from '@codemirror/state'
import {
  crosshairCursor,
  drawSelection,
  dropCursor,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
  rectangularSelection,
} from '@codemirror/view'
import { tags } from '@lezer/highlight'
import { useEffect, useImperativeHandle, useLayoutEffect, useRef } from 'react'
import type { Ref } from 'react'

import { lineSeparatorOf } from './contents'
import { loadLanguage } from './language-support'
import type { LanguageId } from './languages'

// The CodeMirror 6 view behind the editor page. This module (and CodeMirror with it) is reached
// only from the editor routes, so it is its own chunk.

export interface CodeEditorHandle {
  /** The current text (CodeMirror's Text: cheap to keep; `serialize` gives what to send). */
  doc: () => Text
  /** The text as the file holds it: with its own line breaks (Text.toString() would use LF). */
  serialize: (doc: Text) => string
  /** Whether the text differs from the last one marked saved. Always current (reads the view). */
  isDirty: () => boolean
  /** The text `doc` was sent and stored: dirty from now on only if it differs from that. */
  markSaved: (doc: Text) => void
  openSearch: () => void
  focus: () => void
}

export interface CodeEditorProps {
  initialText: string
  language: LanguageId
  readOnly: boolean
  wrap: boolean
  /** The text area's accessible name ("Contents of server.properties"). */
  label: string
  /** CodeMirror's own interface words (search panel…) in the interface language. */
  phrases: Record<string, string>
  onDirtyChange: (dirty: boolean) => void
  ref?: Ref<CodeEditorHandle>
}

// Colours come from the app's theme variables and `light-dark()` (the app sets `color-scheme` on
// <html>), so the editor follows a theme switch with no reconfiguration.
const theme = EditorView.theme({
  '&': {
    height: '100%',
    color: 'var(--talon-fg)',
    backgroundColor: 'var(--talon-surface)',
    fontSize: '13px',
  },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': {
    fontFamily:
      'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", "DejaVu Sans Mono", monospace',
    lineHeight: '1.55',
  },
  '.cm-content': { caretColor: 'var(--talon-fg)' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--talon-fg)' },
  '&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground, .cm-content ::selection':
    { backgroundColor: 'light-dark(#c7d2fe, #3730a3)' },
  '.cm-gutters': {
    backgroundColor: 'var(--talon-surface-muted)',
    color: 'var(--talon-fg-muted)',
    borderRight: '1px solid var(--talon-border)',
  },
  '.cm-activeLine': { backgroundColor: 'light-dark(rgb(0 0 0 / 0.035), rgb(255 255 255 / 0.04))' },
  '.cm-activeLineGutter': {
    backgroundColor: 'light-dark(rgb(0 0 0 / 0.06), rgb(255 255 255 / 0.07))',
    color: 'var(--talon-fg)',
  },
  '.cm-selectionMatch': { backgroundColor: 'light-dark(#fef08a, rgb(250 204 21 / 0.25))' },
  '.cm-searchMatch': {
    backgroundColor: 'light-dark(#fde68a, rgb(245 158 11 / 0.3))',
    outline: '1px solid light-dark(#d97706, #f59e0b)',
  },
  '.cm-searchMatch.cm-searchMatch-selected': {
    backgroundColor: 'light-dark(#fdba74, rgb(249 115 22 / 0.55))',
  },
  '&.cm-focused .cm-matchingBracket': {
    backgroundColor: 'light-dark(#bbf7d0, rgb(34 197 94 / 0.3))',
  },
  '.cm-panels': {
    backgroundColor: 'var(--talon-surface-muted)',
    color: 'var(--talon-fg)',
  },
  '.cm-panels-top': { borderBottom: '1px solid var(--talon-border)' },
  '.cm-panel.cm-search': { padding: '6px 8px', fontSize: '13px' },
  '.cm-panel.cm-search input, .cm-panel.cm-search button': { fontSize: '13px' },
  '.cm-textfield': {
    backgroundColor: 'var(--talon-surface)',
    color: 'var(--talon-fg)',
    border: '1px solid var(--talon-input)',
    borderRadius: '4px',
    padding: '2px 6px',
  },
  '.cm-button': {
    backgroundImage: 'none',
    backgroundColor: 'var(--talon-surface)',
    color: 'var(--talon-fg)',
    border: '1px solid var(--talon-border)',
    borderRadius: '4px',
    padding: '2px 8px',
  },
  '.cm-panel button[name=close]': { color: 'var(--talon-fg-muted)', fontSize: '18px' },
  '.cm-foldPlaceholder': {
    backgroundColor: 'var(--talon-surface-muted)',
    border: '1px solid var(--talon-border)',
    color: 'var(--talon-fg-muted)',
  },
  '.cm-specialChar': { color: 'var(--talon-danger-text)' },
})

const highlight = HighlightStyle.define([
  {
    tag: [tags.comment, tags.lineComment, tags.blockComment],
    color: 'light-dark(#57606a, #8b949e)',
    fontStyle: 'italic',
  },
  {
    tag: [tags.keyword, tags.operatorKeyword, tags.modifier, tags.controlKeyword],
    color: 'light-dark(#7c3aed, #c4a7ff)',
  },
  {
    tag: [tags.string, tags.special(tags.string), tags.regexp],
    color: 'light-dark(#047857, #7ee2a8)',
  },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], color: 'light-dark(#92400e, #f5b969)' },
  {
    tag: [tags.propertyName, tags.attributeName, tags.definition(tags.propertyName)],
    color: 'light-dark(#1d4ed8, #8ab4ff)',
  },
  { tag: [tags.variableName, tags.labelName], color: 'light-dark(#0f766e, #6ed3cf)' },
  {
    tag: [tags.function(tags.variableName), tags.function(tags.propertyName)],
    color: 'light-dark(#a21caf, #f0a3ff)',
  },
  { tag: [tags.typeName, tags.className, tags.namespace], color: 'light-dark(#9a3412, #ffb38a)' },
  { tag: [tags.tagName, tags.heading], color: 'light-dark(#be123c, #ff8fa3)', fontWeight: '600' },
  {
    tag: [tags.meta, tags.processingInstruction, tags.documentMeta],
    color: 'light-dark(#57534e, #a8a29e)',
  },
  {
    tag: [tags.link, tags.url],
    color: 'light-dark(#1d4ed8, #8ab4ff)',
    textDecoration: 'underline',
  },
  { tag: tags.emphasis, fontStyle: 'italic' },
  { tag: tags.strong, fontWeight: '700' },
  { tag: tags.invalid, color: 'var(--talon-danger-text)' },
])

export function CodeEditor({
  initialText,
  language,
  readOnly,
  wrap,
  label,
  phrases,
  onDirtyChange,
  ref,
}: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null)
  const viewRef = useRef<EditorView | null>(null)
  const saved = useRef<Text | null>(null)
  const dirty = useRef(false)
  const onDirty = useRef(onDirtyChange)
  useLayoutEffect(() => {
    onDirty.current = onDirtyChange
  }, [onDirtyChange])
  const compartments = useRef({
    language: new Compartment(),
    readOnly: new Compartment(),
    wrap: new Compartment(),
    phrases: new Compartment(),
    label: new Compartment(),
  })
  // What the view is created with; later changes go through the effects below.
  const initial = useRef({ initialText, readOnly, wrap, label, phrases })

  useImperativeHandle(
    ref,
    (): CodeEditorHandle => ({
      doc: () => viewRef.current?.state.doc ?? (saved.current as Text),
      serialize: (doc) => doc.sliceString(0, doc.length, viewRef.current?.state.lineBreak ?? '\n'),
      isDirty: () => dirty.current,
      markSaved: (doc) => {
        saved.current = doc
        const view = viewRef.current
        const now = view ? !view.state.doc.eq(doc) : false
        if (now !== dirty.current) {
          dirty.current = now
          onDirty.current(now)
        }
      },
      openSearch: () => {
        if (viewRef.current) openSearchPanel(viewRef.current)
      },
      focus: () => viewRef.current?.focus(),
    }),
    [],
  )

  useEffect(() => {
    const parent = host.current
    if (!parent) return
    const c = compartments.current
    const start = initial.current
    const state = EditorState.create({
      doc: start.initialText,
      extensions: [
        EditorState.lineSeparator.of(lineSeparatorOf(start.initialText)),
        lineNumbers(),
        highlightActiveLineGutter(),
        highlightSpecialChars(),
        history(),
        foldGutter(),
        drawSelection(),
        dropCursor(),
        EditorState.allowMultipleSelections.of(true),
        indentOnInput(),
        syntaxHighlighting(highlight),
        bracketMatching(),
        rectangularSelection(),
        crosshairCursor(),
        highlightActiveLine(),
        highlightSelectionMatches(),
        search({ top: true }),
        keymap.of([
          ...defaultKeymap,
          ...historyKeymap,
          ...searchKeymap,
          ...foldKeymap,
          indentWithTab,
        ]),
        theme,
        c.language.of([]),
        c.readOnly.of(EditorState.readOnly.of(start.readOnly)),
        c.wrap.of(start.wrap ? EditorView.lineWrapping : []),
        c.phrases.of(EditorState.phrases.of(start.phrases)),
        c.label.of(EditorView.contentAttributes.of({ 'aria-label': start.label })),
        // Focusable already (contenteditable); said outright so checkers see the scrolling
        // region has keyboard-reachable content.
        EditorView.contentAttributes.of({ tabindex: '0' }),
        EditorView.updateListener.of((update) => {
          if (!update.docChanged || !saved.current) return
          const now = !update.state.doc.eq(saved.current)
          if (now !== dirty.current) {
            dirty.current = now
            onDirty.current(now)
          }
        }),
      ],
    })
    saved.current = state.doc
    const view = new EditorView({ state, parent })
    viewRef.current = view
    return () => {
      view.destroy()
      viewRef.current = null
    }
  }, [])

  useEffect(() => {
    let current = true
    void loadLanguage(language).then((extension) => {
      if (current) {
        viewRef.current?.dispatch({
          effects: compartments.current.language.reconfigure(extension),
        })
      }
    })
    return () => {
      current = false
    }
  }, [language])

  useEffect(() => {
    viewRef.current?.dispatch({
      effects: [
        compartments.current.readOnly.reconfigure(EditorState.readOnly.of(readOnly)),
        compartments.current.wrap.reconfigure(wrap ? EditorView.lineWrapping : []),
        compartments.current.phrases.reconfigure(EditorState.phrases.of(phrases)),
        compartments.current.label.reconfigure(
          EditorView.contentAttributes.of({ 'aria-label': label }),
        ),
      ],
    })
  }, [readOnly, wrap, phrases, label])

  return <div ref={host} className="h-full min-h-0" />
}
