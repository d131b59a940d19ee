import { useLayoutEffect, useRef, type ReactNode } from 'react';

export function Card({
  title,
  children,
  actions,
  className,
  headingLevel = 2,
}: {
  title: ReactNode;
  children: ReactNode;
  actions?: ReactNode;
  className?: string;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className={`card ${className ?? ''}`}>
      <header className="card-header">
        <Heading>{title}</Heading>
        {actions && <div className="card-actions">{actions}</div>}
      </header>
      <div className="card-body">{children}</div>
    </section>
  );
}

// Focus follows navigation: the route whose heading last took focus, and whether a focused
// heading was replaced (a screen swapping its loading view for its content) and owes focus.
let lastRoute: string | null = null;
let owedFocus = false;

const routeOf = () => window.location.hash.replace(/\?.*$/, '') || '#/';

/**
 * A screen's title. After a navigation it takes keyboard focus, so keyboard and screen reader
 * users start on the new screen instead of the page body; the first screen after start leaves
 * focus where the browser put it.
 */
export function PageHeader({ title, children }: { title: ReactNode; children?: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // A layout effect: its cleanup runs before React detaches the heading, while it still has focus.
  useLayoutEffect(() => {
    const route = routeOf();
    const element = heading.current;
    if ((lastRoute !== null && lastRoute !== route) || owedFocus) element?.focus();
    lastRoute = route;
    owedFocus = false;
    return () => {
      if (element && document.activeElement === element) owedFocus = true;
    };
  }, []);
  return (
    <div className="page-header">
      <h1 ref={heading} tabIndex={-1}>
        {title}
      </h1>
      {children && <div className="page-header-actions">{children}</div>}
    </div>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="empty-state">{children}</p>;
}
