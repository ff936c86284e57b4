import { css } from 'lit';

export const serviceChecklistStyles = css`
  /* color-scheme (native checkboxes, progress bar) follows the theme: see core/theme.ts. */
  :host {
    display: block;
    max-inline-size: 48rem;
  }

  .checklist {
    display: grid;
    gap: calc(var(--_space) * 1.5);
    padding: calc(var(--_space) * 2);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    line-height: 1.45;
    /* Long words, numbers and URLs wrap instead of widening a 320 px screen. */
    overflow-wrap: anywhere;
  }

  p,
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    font: inherit;
  }

  .agency {
    color: var(--_muted);
    font-size: 0.875rem;
  }

  .title {
    font-size: 1.25rem;
    font-weight: 700;
  }

  .description {
    margin-block-start: calc(var(--_space) / 2);
  }

  .notice {
    padding: var(--_space);
    border-inline-start: 4px solid var(--_warning);
    background: color-mix(in srgb, var(--_warning) 8%, var(--_surface));
    font-weight: 600;
  }

  .progress {
    display: grid;
    gap: calc(var(--_space) / 2);
  }

  .progress p {
    font-weight: 600;
  }

  progress {
    inline-size: 100%;
    block-size: 0.75rem;
    accent-color: var(--_primary);
  }

  .complete {
    padding: var(--_space);
    border-radius: var(--_radius);
    border: 2px solid var(--_success);
    color: var(--_success);
    font-weight: 700;
  }

  .section-title {
    font-weight: 700;
  }

  .documents {
    display: grid;
    gap: var(--_space);
  }

  .items,
  .eligibility ul,
  .sources ul,
  .tiers {
    margin: 0;
    padding: 0;
    list-style: none;
    display: grid;
    gap: calc(var(--_space) / 2);
  }

  .item label {
    display: flex;
    gap: var(--_space);
    align-items: flex-start;
    padding: calc(var(--_space) / 2);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  .item label:hover {
    background: color-mix(in srgb, var(--_primary) 6%, transparent);
  }

  input[type='checkbox'] {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    margin: 0.1rem 0 0;
    flex: none;
    accent-color: var(--_primary);
  }

  .item-text {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
    align-items: baseline;
    min-inline-size: 0;
  }

  /* The description of the checkbox (aria-describedby); laid out as before, tags beside the label. */
  .item-details {
    display: contents;
  }

  .tag {
    font-size: 0.8125rem;
    padding: 0 0.375rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    color: var(--_muted);
  }

  .item-note {
    inline-size: 100%;
    color: var(--_muted);
    font-size: 0.875rem;
  }

  .not-counted {
    color: var(--_warning);
    font-weight: 600;
  }

  .condition {
    margin: 0;
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    display: grid;
    gap: var(--_space);
  }

  /* Floated, the legend sits inside the box: a case worded over three lines on a phone no
     longer straddles the border. */
  .condition legend {
    float: inline-start;
    inline-size: 100%;
    padding: 0;
    font-weight: 600;
  }

  .applies-toggle {
    display: flex;
    gap: var(--_space);
    align-items: center;
    font-weight: 600;
    color: var(--_primary);
    cursor: pointer;
  }

  .eligibility ul {
    list-style: disc;
    padding-inline-start: 1.25rem;
  }

  .facts {
    margin: 0;
    display: grid;
    gap: calc(var(--_space) / 2);
  }

  /* Term and value side by side when there is room, stacked on a phone. */
  .facts div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
  }

  .facts dt {
    flex: 0 0 8rem;
    font-weight: 600;
  }

  .facts dd {
    flex: 1 1 14rem;
    margin: 0;
  }

  .fact-note {
    display: block;
    color: var(--_muted);
    font-size: 0.875rem;
  }

  .sources {
    font-size: 0.875rem;
    color: var(--_muted);
  }

  .sources a {
    color: var(--_primary);
    overflow-wrap: anywhere;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }

  .skeleton {
    min-block-size: 24rem;
    border-radius: var(--_radius);
    background: color-mix(in srgb, var(--_muted) 12%, transparent);
  }

  /* Printed: just the list, black on white, every tick box visible. */
  @media print {
    .checklist {
      border: none;
      padding: 0;
      color: #000;
      background: #fff;
    }
    .actions,
    .applies-toggle {
      display: none;
    }
    .notice,
    .complete {
      border-color: #000;
      color: #000;
      background: none;
    }
    progress {
      display: none;
    }
    .tag,
    .agency,
    .sources,
    .item-note,
    .fact-note,
    .sources a {
      color: #000;
      border-color: #000;
    }
    .sources a::after {
      content: ' (' attr(href) ')';
    }
  }

  /* The services a visitor may choose among (service-choice.ts). */
  .choices ul {
    display: flex;
    flex-wrap: wrap;
    gap: var(--mpp-space, 0.5rem);
    margin: 0;
    padding: 0;
    list-style: none;
  }
`;
