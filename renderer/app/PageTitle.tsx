import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  extra?: ReactNode;
  /**
   * Focus the heading when this number is above 0 and whenever it changes: after a navigation,
   * so keyboard and screen-reader users land on the new screen instead of on <body>.
   */
  focusToken?: number;
}

/** The screen's one h1. */
export function PageTitle({ children, extra, focusToken = 0 }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusToken > 0) ref.current?.focus({ preventScroll: true });
  }, [focusToken]);
  return (
    <div className="dd-page-head">
      <h1 className="dd-page-title" tabIndex={-1} ref={ref}>
        {children}
      </h1>
      {extra}
    </div>
  );
}
