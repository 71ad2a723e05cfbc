import { TYPOLOGY_IDS, TYPOLOGY_LABELS, type TypologyId } from '../../../domain/typology';
import { t } from '../../../i18n';
import { confidenceLevel, type CollectivityTypology as Typology } from '../../../model/typology';

const MAX_REASONS = 3;

const confidenceWords = (confidence: number) => t(`typology.confidence.${confidenceLevel(confidence)}`);

/** The computed model in words: the model and its confidence (said computed unless `beside` a declared one), or why there is none. */
function computedText({ classification }: Typology, beside: boolean): string {
  const { model, tie, leaders } = classification;
  const confidence = confidenceWords(classification.confidence);
  if (model !== null) return `${TYPOLOGY_LABELS[model]} (${beside ? confidence : `${t('card.typologyComputed')}, ${confidence}`})`;
  if (tie) return t('typology.card.tie', { models: leaders.map((id) => TYPOLOGY_LABELS[id]).join(', ') });
  return t('typology.card.lowConfidence');
}

/**
 * A collectivity's ACTER model for its card, as terms of a definition list: the declared model
 * with the computed one beside it, or the computed one with its confidence, then the criteria of
 * the study's table that pointed to it.
 */
export function CollectivityTypology({ typology, onDeclare }: { typology: Typology; onDeclare: (model: TypologyId | null) => void }) {
  const { declared, classification } = typology;
  const explained: TypologyId | null = classification.model ?? declared;
  const reasons = classification.reasons.filter((reason) => reason.model === explained).slice(0, MAX_REASONS);
  return (
    <>
      <dt>{t('card.typology')}</dt>
      <dd class="card-typology" data-model={typology.model ?? ''} data-source={typology.source ?? ''}>
        {declared !== null ? (
          <>
            {TYPOLOGY_LABELS[declared]} ({t('card.typologyManual')})
            <span class="card-typology-computed">{t('typology.card.computedBeside', { model: computedText(typology, true) })}</span>
          </>
        ) : (
          computedText(typology, false)
        )}
        <label class="card-typology-choice">
          {t('typology.card.choose')}
          <select value={declared ?? ''} onChange={(event) => onDeclare((event.currentTarget.value || null) as TypologyId | null)} data-testid="declare-typology">
            <option value="">{t('typology.card.chooseNone')}</option>
            {TYPOLOGY_IDS.map((id) => (
              <option key={id} value={id}>
                {TYPOLOGY_LABELS[id]}
              </option>
            ))}
          </select>
        </label>
        {explained !== null && reasons.length > 0 && (
          <div class="card-typology-reasons">
            <span>
              {t('typology.card.reasons', { model: TYPOLOGY_LABELS[explained] })}
              {t('punctuation.colon')}
            </span>
            <ul>
              {reasons.map((reason) => (
                <li key={reason.criterion}>{reason.wording}</li>
              ))}
            </ul>
          </div>
        )}
      </dd>
    </>
  );
}
