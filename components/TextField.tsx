import type { InputHTMLAttributes } from "preact";

/** A labelled single-line input bound to a string state. */
export function TextField(props: {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  type?: "text" | "url" | "tel" | "email" | "number";
  name?: string;
  autoComplete?: string;
  maxLength?: number;
  min?: number;
  max?: number;
  /** Marked in the label (and for assistive technology); the form checks it itself. */
  required?: boolean;
}) {
  const { id, label, onValue, type = "text", required, ...rest } = props;
  // Preact types <input> per `type`; the union this component accepts is checked above.
  const attributes = { ...rest, type } as InputHTMLAttributes<HTMLInputElement>;
  return (
    <>
      <label for={id}>
        {label}
        {required && (
          <span class="required" aria-hidden="true">
            {" "}
            *
          </span>
        )}
      </label>
      <input
        id={id}
        spellcheck={false}
        {...attributes}
        {...(required ? { "aria-required": true } : {})}
        onInput={(e) => onValue(e.currentTarget.value)}
      />
    </>
  );
}

/** A labelled multi-line input bound to a string state. */
export function TextAreaField(props: {
  id: string;
  label: string;
  value: string;
  onValue: (value: string) => void;
  name?: string;
  rows?: number;
  maxLength?: number;
}) {
  const { id, label, onValue, rows = 2, ...rest } = props;
  return (
    <>
      <label for={id}>{label}</label>
      <textarea id={id} rows={rows} {...rest} onInput={(e) => onValue(e.currentTarget.value)} />
    </>
  );
}
