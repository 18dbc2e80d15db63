/** A field's label with, on the same line, the key that jumps to it (`Alt+B`). */
export function ShortcutLabel({ htmlFor, label, shortcut }: { htmlFor: string; label: string; shortcut?: string }) {
  return (
    <div className="field-label-row">
      <label htmlFor={htmlFor} className="field-label">
        {label}
      </label>
      {shortcut && <kbd className="desk-kbd">{shortcut}</kbd>}
    </div>
  );
}
