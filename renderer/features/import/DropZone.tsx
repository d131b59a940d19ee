import { useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { platform } from '../../platform/index';
import type { ChosenFile } from './preview';

export const EXTENSIONS = ['.csv', '.txt', '.xlsx'];

/** Drag a file in, or press the button (keyboard) to pick one through the platform's dialog. */
export function DropZone({ onFile, busy }: { onFile: (file: ChosenFile) => void; busy: boolean }) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);

  const onDrop = async (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  };

  const choose = async () => {
    const file = await platform.files.open({ extensions: EXTENSIONS });
    if (file) onFile({ name: file.name, bytes: file.bytes });
  };

  return (
    <section
      className={`drop-zone${over ? ' is-over' : ''}`}
      aria-label={t('import.drop.label')}
      onDragOver={(e) => {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => void onDrop(e)}
    >
      <p className="drop-title">{over ? t('import.drop.active') : t('import.drop.title')}</p>
      <p className="muted">{t('import.drop.or')}</p>
      <button type="button" className="primary" onClick={() => void choose()} disabled={busy}>
        {t('import.drop.choose')}
      </button>
      <p className="small muted">{t('import.drop.formats')}</p>
    </section>
  );
}
