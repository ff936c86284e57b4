// Turns custom-elements.json into VS Code's HTML custom data (tags, attributes, values),
// so editors complete <mpp-*> tags and their attributes.

const enumValues = (type) =>
  (type?.text ?? '')
    .split('|')
    .map((part) => part.trim())
    .filter((part) => /^'.*'$/.test(part))
    .map((part) => ({ name: part.slice(1, -1) }));

export function vscodeCustomData(manifest) {
  const tags = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.customElement || !declaration.tagName) continue;
      tags.push({
        name: declaration.tagName,
        description: declaration.summary ?? declaration.description ?? '',
        attributes: (declaration.attributes ?? []).map((attribute) => ({
          name: attribute.name,
          description: attribute.description ?? '',
          values: enumValues(attribute.type),
        })),
      });
    }
  }
  return { version: 1.1, tags };
}
