// A file input the pane keeps hidden and opens from its own button (or menu item): it hands the chosen file on and
// clears itself, so choosing the same file again (after fixing it in Excel) still reads it.
import * as React from "react";

interface HiddenFileInputProps {
  className: string;
  accept: string;
  testId: string;
  onFile(file: File): void;
}

export const HiddenFileInput = React.forwardRef<HTMLInputElement, HiddenFileInputProps>(function HiddenFileInput(
  { className, accept, testId, onFile },
  ref
) {
  return (
    <input
      ref={ref}
      className={className}
      type="file"
      accept={accept}
      data-testid={testId}
      onChange={(event) => {
        const file = event.target.files?.[0];
        event.target.value = "";
        if (file) onFile(file);
      }}
    />
  );
});
