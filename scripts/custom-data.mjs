// Editor data from custom-elements.json: VS Code's HTML custom data and JetBrains' web-types,
// so editors complete <mpp-*> tags, their attributes and values, events and CSS hooks.
// Attributes the element sets itself (`state`, `status`) are for styling, not for writing, so
// they are not offered.

const enumValues = (type) =>
  (type?.text ?? '')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => /^'.*'$/.test(part))
    .map((part) => ({ name: part.slice(1, -1) }));

function elementsOf(manifest) {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.customElement && declaration.tagName)
      .map((declaration) => {
        const readOnly = new Set(
          (declaration.members ?? []).filter((m) => m.readonly).map((m) => m.name),
        );
        return {
          declaration,
          description: declaration.summary ?? declaration.description ?? '',
          settable: (declaration.attributes ?? []).filter((a) => !readOnly.has(a.fieldName)),
          properties: (declaration.members ?? []).filter((m) => m.kind === 'field'),
        };
      }),
  );
}

const described = ({ name, description }) => ({ name, description: description ?? '' });

export function vscodeCustomData(manifest) {
  const tags = elementsOf(manifest).map(({ declaration, description, settable }) => ({
    name: declaration.tagName,
    description,
    attributes: settable.map((attribute) => ({
      ...described(attribute),
      values: enumValues(attribute.type),
    })),
  }));
  return { version: 1.1, tags };
}

const valueOf = (type) => {
  const text = (type?.text ?? 'string').replace(/\s*\|\s*(undefined|null)/g, '');
  return text === 'boolean' ? { kind: 'no-value', type: 'boolean' } : { type: text };
};

/** JetBrains web-types 2.0 (`web-types` in package.json). */
export function webTypes(manifest, { name, version }) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name,
    version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elementsOf(manifest).map(
          ({ declaration, description, settable, properties }) => ({
            name: declaration.tagName,
            description,
            attributes: settable.map((attribute) => ({
              ...described(attribute),
              value: valueOf(attribute.type),
              ...(attribute.default !== undefined && { default: attribute.default }),
            })),
            js: {
              properties: properties.map((property) => ({
                ...described(property),
                type: property.type?.text ?? 'unknown',
                ...(property.readonly && { 'read-only': true }),
              })),
              events: (declaration.events ?? []).map((event) => ({
                ...described(event),
                type: event.type?.text ?? 'CustomEvent',
              })),
            },
            css: {
              properties: (declaration.cssProperties ?? []).map(described),
              parts: (declaration.cssParts ?? []).map(described),
            },
          }),
        ),
      },
    },
  };
}
