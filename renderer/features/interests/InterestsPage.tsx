/**
 * '#/interests': the member's details, their register of interests (with the 28-day flag), the
 * declarations they recorded, everyone's declarations from the minutes, and exports.
 * Personal data stays in the app: nothing here is logged or sent anywhere.
 */
import { useCallback, useState } from 'react';
import { api } from '../../kernel/api';
import { hrefs, type PageProps } from '../../kernel/router';
import { useDocumentTitle, useResource } from '../../kernel/useResource';
import { Breadcrumbs } from '../../ui/Breadcrumbs';
import { PageHeading } from '../../ui/PageHeading';
import { ErrorPanel, Loading } from '../../ui/Status';
import './interests.css';
import { DeclarationSlipPage } from './DeclarationSlipPage';
import { Everyone } from './EveryoneDeclarations';
import { Exports } from './InterestExports';
import { MyDeclarations } from './MyDeclarations';
import { ProfileForm } from './ProfileForm';
import { Register } from './Register';

export { DeclarationSlipPage };

const SECTIONS = [
  ['my-details', 'My details'],
  ['my-register', 'My register'],
  ['my-declarations', 'My declarations'],
  ['everyone', 'Everyone’s declarations'],
  ['exports', 'Exports'],
] as const;

export function InterestsPage({ refreshKey, focusOnMount }: PageProps) {
  useDocumentTitle('My interests');
  const [reloads, setReloads] = useState(0);
  const reload = useCallback(() => setReloads((n) => n + 1), []);
  const [announcement, setAnnouncement] = useState('');
  const loadRegister = useCallback(() => api['interests.list']({}), []);
  const register = useResource(loadRegister, refreshKey + reloads);
  const loadMine = useCallback(() => api['interests.declarations.list']({}), []);
  const mine = useResource(loadMine, refreshKey + reloads);

  return (
    <>
      <Breadcrumbs trail={[{ label: 'Library', href: hrefs.library() }]} current="My interests" />
      <PageHeading focusOnMount={focusOnMount}>My interests</PageHeading>
      <p className="lede">
        Your register of interests, the declarations you made, and everyone’s declarations in the minutes. Scrutineer checks each meeting’s
        items and papers for the names on your register. This stays on this computer.
      </p>
      <nav className="contents" aria-label="Sections of this page">
        <ol>
          {SECTIONS.map(([id, label]) => (
            <li key={id}>
              <a
                href={`#${id}`}
                onClick={(e) => {
                  e.preventDefault();
                  const heading = document.getElementById(id);
                  heading?.focus();
                  heading?.scrollIntoView({ block: 'start' });
                }}
              >
                <span className="contents__title">{label}</span>
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>

      {register.status === 'loading' && <Loading what="your register" />}
      {register.status === 'error' && <ErrorPanel title="Your register could not be opened" error={register.error} />}
      {register.status === 'ready' && (
        <>
          <section className="section" aria-labelledby="my-details">
            <h2 id="my-details" className="section-heading" tabIndex={-1}>
              My details
            </h2>
            <ProfileForm profile={register.value.profile} onSaved={reload} />
          </section>
          <section className="section" aria-labelledby="my-register">
            <h2 id="my-register" className="section-heading" tabIndex={-1}>
              My register
            </h2>
            <Register register={register.value} onChanged={reload} announce={setAnnouncement} />
          </section>
        </>
      )}
      <section className="section" aria-labelledby="my-declarations">
        <h2 id="my-declarations" className="section-heading" tabIndex={-1}>
          My declarations
        </h2>
        {mine.status === 'ready' && <MyDeclarations declarations={mine.value} onChanged={reload} announce={setAnnouncement} />}
        {mine.status === 'error' && <p className="field__error">{mine.error.message}</p>}
      </section>
      <section className="section" aria-labelledby="everyone">
        <h2 id="everyone" className="section-heading" tabIndex={-1}>
          Everyone’s declarations
        </h2>
        <Everyone refreshKey={refreshKey + reloads} profileName={register.status === 'ready' ? register.value.profile.name : ''} />
      </section>
      <section className="section" aria-labelledby="exports">
        <h2 id="exports" className="section-heading" tabIndex={-1}>
          Exports
        </h2>
        <Exports />
      </section>
    </>
  );
}
