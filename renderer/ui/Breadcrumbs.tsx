/** Where this page sits: Library › Committee › Meeting. The current page is not a link. */
export function Breadcrumbs({ trail, current }: { trail: Array<{ label: string; href: string }>; current: string }) {
  return (
    <nav className="breadcrumbs" aria-label="Breadcrumb">
      <ol>
        {trail.map((step) => (
          <li key={step.href}>
            <a href={step.href}>{step.label}</a>
          </li>
        ))}
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
