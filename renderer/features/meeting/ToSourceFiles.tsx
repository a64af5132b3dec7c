/**
 * "The files these minutes came from": moves focus to the meeting's list of source files, where the minutes as printed
 * are. Used where Scrutineer could not read a part of the minutes and has no item to point at.
 */
export function ToSourceFiles() {
  return (
    <a
      className="declarations-note__link"
      href="#sources-title"
      onClick={(e) => {
        const target = document.getElementById('sources-title');
        if (!target) return;
        e.preventDefault();
        target.focus();
        target.scrollIntoView({ block: 'start' });
      }}
    >
      The files these minutes came from
    </a>
  );
}
