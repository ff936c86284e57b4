// Analyzer plugin: turns the analysis of our TypeScript sources into the manifest of the
// published package. Tools read custom-elements.json to import elements and to generate
// wrappers and types, so every path must be a file the package ships and every type must be
// readable without our sources.
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import ts from 'typescript';

/**
 * The package's JS entries, from package.json `exports`: source module (`src/finder/index.ts`)
 * → shipped file (`dist/finder.js`). Entries whose types are not compiled from `src/` (the
 * framework declarations) describe no element.
 */
export function shippedEntries(packageJson) {
  const entries = new Map();
  for (const target of Object.values(packageJson.exports)) {
    if (typeof target !== 'object' || !target.types?.startsWith('./dist/types/')) continue;
    const source = target.types.replace('./dist/types/', 'src/').replace(/\.d\.ts$/, '.ts');
    entries.set(source, target.default.replace(/^\.\//, ''));
  }
  return entries;
}

/**
 * String-literal unions behind our type aliases (`Theme` → `'light' | 'dark' | 'auto'`), so
 * the manifest names the values a user may write instead of a type only our sources define.
 */
function literalUnions(files) {
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    experimentalDecorators: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const unions = new Map();
  for (const file of files) {
    for (const statement of program.getSourceFile(file)?.statements ?? []) {
      if (!ts.isTypeAliasDeclaration(statement)) continue;
      // The declared order where the alias spells out its values, else the checker's.
      const type = checker.getTypeAtLocation(statement.name);
      const written = ts.isUnionTypeNode(statement.type) ? statement.type.types : [];
      const members =
        written.length > 0
          ? written.map((t) => checker.getTypeFromTypeNode(t))
          : type.isUnion()
            ? type.types
            : [type];
      if (!members.every((member) => member.isStringLiteral())) continue;
      unions.set(statement.name.text, members.map((member) => `'${member.value}'`).join(' | '));
    }
  }
  return unions;
}

function expandType(type, unions) {
  if (!type?.text) return type;
  const parts = type.text.split('|').map((part) => part.trim());
  if (!parts.some((part) => unions.has(part))) return type;
  return { ...type, text: parts.map((part) => unions.get(part) ?? part).join(' | ') };
}

const isPublic = (member) =>
  !member.static && (member.privacy === undefined || member.privacy === 'public');

// `ts` here is the analyzer's own TypeScript (its syntax kinds differ from ours).
const isNonPublic = (ts, node) =>
  node.modifiers?.some(({ kind }) =>
    [ts.SyntaxKind.PrivateKeyword, ts.SyntaxKind.ProtectedKeyword].includes(kind),
  );

/**
 * `Class.property` of public getters whose setter only the element may call (`state`,
 * `status`). The analyzer gives such a pair the setter's privacy, which would hide them.
 */
function readOnlyAccessor(ts, node, found) {
  if (!ts.isGetAccessor(node) || isNonPublic(ts, node) || !ts.isClassDeclaration(node.parent))
    return;
  const name = node.name.getText();
  const setter = node.parent.members.find(
    (member) => ts.isSetAccessor(member) && member.name.getText() === name,
  );
  if (setter && isNonPublic(ts, setter)) found.add(`${node.parent.name?.text}.${name}`);
}

/** The element class as users see it: public API only, no references into `src/`. */
function publicDeclaration(declaration, unions, readOnlyAccessors) {
  const withoutSourceModule = ({ name }) => ({ name });
  const readOnlyAccessor = (member) =>
    readOnlyAccessors.has(`${member.inheritedFrom?.name ?? declaration.name}.${member.name}`);
  const members = (declaration.members ?? []).flatMap((member) => {
    if (readOnlyAccessor(member)) return [{ ...member, privacy: 'public', readonly: true }];
    return isPublic(member) ? [member] : [];
  });
  const publicMembers = members.map((member) => ({
    ...member,
    type: expandType(member.type, unions),
    ...(member.inheritedFrom && { inheritedFrom: withoutSourceModule(member.inheritedFrom) }),
  }));
  const attributes = (declaration.attributes ?? []).map((attribute) => ({
    ...attribute,
    type: expandType(attribute.type, unions),
    ...(attribute.inheritedFrom && {
      inheritedFrom: withoutSourceModule(attribute.inheritedFrom),
    }),
  }));
  return {
    ...declaration,
    members: publicMembers,
    attributes,
    events: (declaration.events ?? []).map((event) => ({
      ...event,
      type: expandType(event.type, unions),
    })),
    superclass: withoutSourceModule(declaration.superclass),
  };
}

/** The entry that registers an element: the one in the deepest folder holding its module. */
function entryOf(modulePath, entries) {
  return [...entries.keys()]
    .filter((source) => modulePath.startsWith(`${dirname(source)}/`))
    .sort((a, b) => b.length - a.length)[0];
}

function exportsOf(element, path) {
  const declaration = { name: element.name, module: path };
  return [
    { kind: 'js', name: element.name, declaration },
    { kind: 'custom-element-definition', name: element.tagName, declaration },
  ];
}

export function publicManifest() {
  const readOnlyAccessors = new Set();
  return {
    name: 'mpp-widgets:public-manifest',
    analyzePhase({ ts: analyzerTs, node }) {
      readOnlyAccessor(analyzerTs, node, readOnlyAccessors);
    },
    packageLinkPhase({ customElementsManifest: manifest }) {
      const entries = shippedEntries(JSON.parse(readFileSync('package.json', 'utf8')));
      const unions = literalUnions(manifest.modules.map(({ path }) => path));
      const elements = manifest.modules.flatMap((module) =>
        (module.declarations ?? [])
          .filter((declaration) => declaration.customElement && declaration.tagName)
          .map((declaration) => ({
            path: entries.get(entryOf(module.path, entries)),
            declaration: publicDeclaration(declaration, unions, readOnlyAccessors),
          })),
      );
      manifest.schemaVersion = JSON.parse(
        readFileSync('node_modules/custom-elements-manifest/package.json', 'utf8'),
      ).version;
      manifest.modules = [...new Set(entries.values())].map((path) => {
        const own = elements.filter((element) => element.path === path);
        // An entry without elements of its own (the package root) re-exports them all.
        const exported = own.length > 0 ? own : elements;
        return {
          kind: 'javascript-module',
          path,
          declarations: own.map((element) => element.declaration),
          exports: exported.flatMap((element) => exportsOf(element.declaration, element.path)),
        };
      });
    },
  };
}
