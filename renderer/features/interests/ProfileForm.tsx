/** 'My details' on the interests page: the member's name and council, as the register and slips print them. */
import { useId, useState, type FormEvent } from 'react';
import { type MemberProfile } from '../../../shared/types/interests';
import { api } from '../../kernel/api';
import { Button } from '../../ui/Button';

export function ProfileForm({ profile, onSaved }: { profile: MemberProfile; onSaved: () => void }) {
  const uid = useId();
  const [name, setName] = useState(profile.name);
  const [tookOffice, setTookOffice] = useState(profile.tookOffice ?? '');
  const [status, setStatus] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await api['interests.saveProfile']({ name: name.trim(), tookOffice: tookOffice || null });
    setStatus(result.ok ? 'Your details are saved.' : result.error.message);
    if (result.ok) onSaved();
  };
  return (
    <form className="profile-form" onSubmit={submit}>
      <div className="field">
        <label htmlFor={`${uid}-name`}>My name</label>
        <p className="field__hint" id={`${uid}-name-hint`}>
          As the minutes print it, for example “Dr Sarah Moore”. It goes on your declaration slips and finds your declarations in the minutes.
        </p>
        <input id={`${uid}-name`} type="text" autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} aria-describedby={`${uid}-name-hint`} />
      </div>
      <div className="field">
        <label htmlFor={`${uid}-office`}>Date I took office (optional)</label>
        <p className="field__hint" id={`${uid}-office-hint`}>
          Interests you held when you took office were due 28 days after it.
        </p>
        <input id={`${uid}-office`} type="date" value={tookOffice} onChange={(e) => setTookOffice(e.target.value)} aria-describedby={`${uid}-office-hint`} />
      </div>
      <div className="form-actions">
        <Button type="submit">Save my details</Button>
        <span role="status" className="form-status">
          {status}
        </span>
      </div>
    </form>
  );
}
