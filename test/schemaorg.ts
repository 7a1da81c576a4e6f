import vocabulary from "./fixtures/schemaorg-claimreview.json";

type Node = Record<string, unknown>;
const { supertypes, properties, required, recommended } = vocabulary as {
  supertypes: Record<string, string[]>;
  properties: Record<string, { domainIncludes: string[]; rangeIncludes: string[] }>;
  /** Google's required ClaimReview properties, and the ones it recommends. */
  required: Record<string, string[]>;
  recommended: Record<string, string[]>;
};

const typesOf = (type: string) => [type, ...(supertypes[type] ?? [])];
const isDate = (v: unknown) =>
  typeof v === "string" && /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/.test(v) && !Number.isNaN(Date.parse(v));
const isUrl = (v: unknown) => typeof v === "string" && /^https?:\/\//.test(v) && URL.canParse(v);

function fitsRange(value: unknown, range: string[]): boolean {
  if (value && typeof value === "object") {
    const type = (value as Node)["@type"];
    return typeof type === "string" && range.some((r) => typesOf(type).includes(r));
  }
  return range.some((r) =>
    r === "Text"
      ? typeof value === "string" && value.length > 0
      : r === "URL"
        ? isUrl(value)
        : r === "Date" || r === "DateTime"
          ? isDate(value)
          : r === "Number"
            ? typeof value === "number" && Number.isFinite(value)
            : false,
  );
}

/**
 * Checks a JSON-LD node against schema.org's definitions: every property is defined for the
 * node's type (or a supertype), every value has a type the property allows, and the fields
 * Google requires for ClaimReview are present. Returns the problems found (empty when valid).
 */
export function schemaOrgProblems(node: Node, path = "$"): string[] {
  const type = node["@type"];
  if (typeof type !== "string") return [`${path}: no @type`];
  const problems: string[] = [];
  for (const key of required[type] ?? [])
    if (node[key] === undefined) problems.push(`${path}: ${type} is missing ${key}`);
  for (const [key, value] of Object.entries(node)) {
    if (key.startsWith("@") || value === undefined) continue;
    const property = properties[key];
    if (!property) {
      problems.push(`${path}.${key}: not a schema.org property this check knows`);
      continue;
    }
    if (!property.domainIncludes.some((d) => typesOf(type).includes(d)))
      problems.push(`${path}.${key}: not a property of ${type}`);
    if (!fitsRange(value, property.rangeIncludes))
      problems.push(`${path}.${key}: expected ${property.rangeIncludes.join(" or ")}, got ${JSON.stringify(value)}`);
    if (value && typeof value === "object") problems.push(...schemaOrgProblems(value as Node, `${path}.${key}`));
  }
  return problems;
}

/** The properties Google recommends for ClaimReview that a node (and its children) leaves out. */
export function missingRecommended(node: Node, path = "$"): string[] {
  const type = String(node["@type"]);
  const missing = (recommended[type] ?? [])
    .filter((key) => node[key] === undefined)
    .map((key) => `${path}: ${type} lacks ${key}`);
  for (const [key, value] of Object.entries(node)) {
    if (value && typeof value === "object" && !key.startsWith("@"))
      missing.push(...missingRecommended(value as Node, `${path}.${key}`));
  }
  return missing;
}
