import type { ReactNode } from 'react';

/**
 * The required mark after the label, hidden from screen readers: antd's default is a CSS
 * ::before "*", which becomes part of the field's accessible name ("* Tên cơ sở").
 * The star is CSS content of an aria-hidden span, so neither the accessible name nor the
 * label's text ("Tên cơ sở", as tests look it up) includes it. Fields carry aria-required.
 */
export function requiredMark(label: ReactNode, { required }: { required: boolean }): ReactNode {
  return (
    <>
      {label}
      {required && <span className="dd-required-mark" aria-hidden="true" />}
    </>
  );
}
