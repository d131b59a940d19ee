import { useCurrentUser } from '../../data/hooks';
import { nominatedNcbNames, useNominations } from './useNominations';

/** A <datalist> of the names nominated for NCB, offered where a claim asks for that name. */
export function NominatedNames({ id }: { id: string }) {
  const user = useCurrentUser();
  const rows = useNominations(user?.partnerId) ?? [];
  return (
    <datalist id={id} data-testid="nominated-names">
      {nominatedNcbNames(rows).map((name) => (
        <option key={name} value={name} />
      ))}
    </datalist>
  );
}
