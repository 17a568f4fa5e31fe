import { useState } from 'react';
import { BusinessDetail } from './BusinessDetail';
import { BusinessForm, type FormTarget } from './BusinessForm';
import { BusinessListPage } from './BusinessListPage';
import { useCommunes } from './useCommunes';

type View = { kind: 'list' } | { kind: 'detail'; id: string };

interface FormState {
  open: boolean;
  target: FormTarget;
  /** A new form each time it opens, so no value of the last one lingers. */
  session: number;
}

/**
 * The register's navigation: list -> detail, with the form drawer over either. The list stays
 * mounted while a detail is open, so going back keeps its search, filters and scroll position.
 */
export function BusinessesArea() {
  const communes = useCommunes();
  const [view, setView] = useState<View>({ kind: 'list' });
  const [formState, setFormState] = useState<FormState>({ open: false, target: { mode: 'create' }, session: 0 });
  const [refreshToken, setRefreshToken] = useState(0);
  const [listFocus, setListFocus] = useState(0);
  const refresh = () => setRefreshToken((n) => n + 1);

  const openForm = (target: FormTarget) => setFormState((s) => ({ open: true, target, session: s.session + 1 }));
  const closeForm = () => setFormState((s) => ({ ...s, open: false }));

  /** After a save the clerk stays where they were (the list, ready for the next business). */
  function onSaved() {
    closeForm();
    refresh();
  }

  return (
    <>
      <div hidden={view.kind !== 'list'}>
        <BusinessListPage
          communes={communes}
          refreshToken={refreshToken}
          focusToken={listFocus}
          onOpen={(id) => setView({ kind: 'detail', id })}
          onAdd={() => openForm({ mode: 'create' })}
          onImported={refresh}
        />
      </div>
      {view.kind === 'detail' && (
        <BusinessDetail
          id={view.id}
          communes={communes}
          refreshToken={refreshToken}
          onBack={() => {
            setView({ kind: 'list' });
            setListFocus((n) => n + 1);
          }}
          onEdit={(business) => openForm({ mode: 'edit', business })}
          onChanged={refresh}
        />
      )}
      <BusinessForm
        key={formState.session}
        open={formState.open}
        target={formState.target}
        communes={communes}
        onClose={closeForm}
        onSaved={onSaved}
      />
    </>
  );
}
