/**
 * The form that connects this device to a database on the sharing server: the server's address,
 * user name and password, with what else the connection needs (the member's passphrase, or the
 * committee and its database's name) given as fields before or after them. The member's own
 * database and a committee's log both use it (SharingPage.tsx, CommitteeLogs.tsx).
 */
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { Button } from '../../ui/Button';
import { type ActionOutcome, useAction } from '../../ui/useAction';

export interface ServerCredentials {
  url: string;
  user: string;
  /** Empty: the password kept from an earlier connection (or SCRUTINEER_SHARE_PASSWORD). */
  password: string;
}

export function ServerConnectForm({
  heading,
  intro,
  before,
  after,
  submitLabel,
  connect,
}: {
  heading: string;
  intro: ReactNode;
  /** Fields above the server's (the committee); given this form's id prefix. */
  before?: (id: string) => ReactNode;
  /** Fields below the server's (the passphrase, the database's name). */
  after?: (id: string) => ReactNode;
  submitLabel: string;
  /** Resolves to what went wrong (as useAction), or nothing when connected (the password is then cleared). */
  connect: (credentials: ServerCredentials) => Promise<ActionOutcome>;
}) {
  const id = useId();
  const [url, setUrl] = useState('');
  const [user, setUser] = useState('');
  const [password, setPassword] = useState('');
  const { run, busy, error: problem } = useAction(async () => {
    const outcome = await connect({ url: url.trim(), user: user.trim(), password });
    if (!outcome) setPassword('');
    return outcome;
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run();
  };
  return (
    <form className="sync-connect" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="section-heading">
        {heading}
      </h2>
      <p className="muted">{intro}</p>
      {before?.(id)}
      <div className="field">
        <label htmlFor={`${id}-url`}>Server address</label>
        <input id={`${id}-url`} type="text" inputMode="url" autoComplete="url" spellCheck={false} required value={url} onChange={(e) => setUrl(e.target.value)} />
      </div>
      <div className="sync-connect__row">
        <div className="field">
          <label htmlFor={`${id}-user`}>User name</label>
          <input id={`${id}-user`} type="text" autoComplete="username" spellCheck={false} required value={user} onChange={(e) => setUser(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-password`}>Password</label>
          <input id={`${id}-password`} type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        </div>
      </div>
      {after?.(id)}
      {problem && (
        <p className="sync-problem" role="alert">
          {problem}
        </p>
      )}
      <Button type="submit" disabled={busy || url.trim() === '' || user.trim() === ''}>
        {busy ? 'Connecting…' : submitLabel}
      </Button>
    </form>
  );
}
