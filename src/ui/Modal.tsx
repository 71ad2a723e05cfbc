import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

interface Props {
  class: string;
  /** The id of the dialog's heading. */
  labelledBy: string;
  testId: string;
  closeLabel: string;
  onClose: () => void;
  children: ComponentChildren;
}

/** A dialog over the page, focused when it opens, closed with Escape or its × button. */
export function Modal({ class: className, labelledBy, testId, closeLabel, onClose, children }: Props) {
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => dialog.current?.focus(), []);
  return (
    <div class="modal-backdrop">
      <div
        class={className}
        role="dialog"
        aria-modal="true"
        aria-labelledby={labelledBy}
        tabIndex={-1}
        ref={dialog}
        data-testid={testId}
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return;
          // A dialog opened from another one closes alone.
          event.stopPropagation();
          onClose();
        }}
      >
        <button type="button" class="card-close" aria-label={closeLabel} onClick={onClose}>
          ×
        </button>
        {children}
      </div>
    </div>
  );
}
