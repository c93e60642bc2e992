// The file editor (`/server/:id/files/edit#/<file>`, `/server/:id/files/new#/<dir>`).
export const editor = {
  breadcrumbs: 'Path',
  root: 'Files',
  newFile: 'New file',
  /** While the file's contents load. */
  opening: (name: string) => `Opening ${name}…`,
  contentLabel: (name: string) => `Contents of ${name}`,
  newContentLabel: 'Contents of the new file',
  status: {
    dirty: 'Unsaved changes',
    clean: 'All changes saved',
    saving: 'Saving…',
    saved: 'Saved.',
    created: 'File created.',
    noChanges: 'Nothing to save: no changes since the last save.',
  },
  toolbar: {
    label: 'Editor tools',
    save: 'Save',
    create: 'Create file',
    download: 'Download',
    find: 'Find and replace',
    language: 'Highlighting',
    wrap: 'Wrap lines',
  },
  /** `mod` is "Ctrl" or "⌘". */
  shortcuts: (mod: string) =>
    `${mod}+S saves · ${mod}+F finds · ${mod}+Z undoes · Esc then Tab leaves the text`,
  languages: {
    plain: 'Plain text',
    properties: 'Properties / INI',
    yaml: 'YAML',
    json: 'JSON',
    toml: 'TOML',
    javascript: 'JavaScript',
    typescript: 'TypeScript',
    shell: 'Shell',
    xml: 'XML',
    html: 'HTML',
    css: 'CSS',
    markdown: 'Markdown',
    python: 'Python',
    lua: 'Lua',
  },
  readOnly:
    'You can read this file but not save changes: saving needs the “Create files” permission (file.create).',
  saveFailed: (name: string) => `Couldn't save ${name}`,
  saveFailedKept: 'Your text is still here. Fix the problem and try again.',
  retrySave: 'Try saving again',
  refused: {
    tooLarge: {
      title: 'Too large to edit here',
      description: (size: string) =>
        `The panel opens files of up to ${size} in the editor. Download this one to edit it on your computer, or use SFTP.`,
    },
    binary: {
      title: "This file isn't text",
      description:
        'It looks like a binary file (an archive, a plugin, an image or world data). Editing it as text would damage it. Download it instead.',
    },
    notUtf8: {
      title: "This file isn't UTF-8 text",
      description:
        'Its characters use another encoding, and saving it here would change them. Download it to edit it, or convert it to UTF-8 first.',
    },
  },
  downloadFailed: (detail: string) => `Couldn't start the download. ${detail}`,
  openFailed: "Couldn't open this file",
  missing:
    'The panel could not read it: it may have been moved, renamed or deleted, or the server’s node is not answering.',
  backToFolder: 'Back to the folder',
  noReadAccess: {
    title: "You can't open files on this server",
    description:
      'Opening a file needs the “Read file contents” permission (file.read-content). Ask the server’s owner.',
  },
  noCreateAccess: {
    title: "You can't create files on this server",
    description:
      'Creating a file needs the “Create files” permission (file.create). Ask the server’s owner.',
  },
  leave: {
    title: 'Leave without saving?',
    description: (name: string) =>
      `Your changes to ${name} haven't been saved. If you leave now, they are lost.`,
    stay: 'Stay',
    leave: 'Leave without saving',
  },
  name: {
    label: 'File name',
    hint: (dir: string) => `Created in ${dir}. The name's ending decides the highlighting.`,
    placeholder: 'config.yml',
    checking: 'Checking the folder…',
    errors: {
      empty: 'Enter a name.',
      slash: "A name can't contain / or \\. Create the folder first, then the file inside it.",
      dots: '“.” and “..” are not file names.',
      control: "A name can't contain control characters such as line breaks.",
      tooLong: (max: number) => `Use at most ${max} bytes (letters outside A–Z count as 2–4).`,
      exists: (name: string) =>
        `“${name}” already exists in this folder. Choose another name, or open that file.`,
    },
  },
  /** CodeMirror's own words (search panel, folding…), keyed by its English phrase. */
  phrases: {
    Find: 'Find',
    Replace: 'Replace',
    next: 'next',
    previous: 'previous',
    all: 'all',
    'match case': 'match case',
    'by word': 'by word',
    regexp: 'regexp',
    replace: 'replace',
    'replace all': 'replace all',
    close: 'close',
    'current match': 'current match',
    'on line': 'on line',
    'replaced $ matches': 'replaced $ matches',
    'replaced match on line $': 'replaced match on line $',
    'Go to line': 'Go to line',
    go: 'go',
    'Selection deleted': 'Selection deleted',
    'Control character': 'Control character',
    'folded code': 'folded code',
    unfold: 'unfold',
    'Folded lines': 'Folded lines',
    'Unfolded lines': 'Unfolded lines',
    'Fold line': 'Fold line',
    'Unfold line': 'Unfold line',
    to: 'to',
  } as Record<string, string>,
}
