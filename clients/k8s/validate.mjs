// Checks the Kubernetes deployment (deploy/kubernetes) the way `kubectl apply -k --dry-run=client`
// would, with what npm offers (neither kubectl nor kubeconform is in Debian or npm here): renders
// each overlay (resources, images, secretGenerator, JSON 6902 patches — the features it uses, and
// refuses any other), validates every object against the Kubernetes OpenAPI schemas
// (kubernetes-models), and checks the references the schemas cannot: every secretKeyRef names a
// Secret and key the overlay generates, every Service selects a Deployment's pods.
import { readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments, parse } from "yaml";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../deploy/kubernetes");
const KNOWN = new Set(["apiVersion", "kind", "resources", "images", "secretGenerator", "generatorOptions", "patches"]);

function render(dir) {
  const k = parse(readFileSync(join(dir, "kustomization.yaml"), "utf8"));
  for (const key of Object.keys(k)) {
    if (!KNOWN.has(key)) throw new Error(`${dir}/kustomization.yaml: '${key}' is not rendered by this check`);
  }
  let objects = [];
  for (const r of k.resources ?? []) {
    const path = join(dir, r);
    objects = objects.concat(statSync(path).isDirectory() ? render(path)
        : parseAllDocuments(readFileSync(path, "utf8")).map((d) => d.toJS()).filter(Boolean));
  }
  for (const g of k.secretGenerator ?? []) {
    const data = {};
    for (const env of g.envs ?? []) {
      for (const line of readFileSync(join(dir, env), "utf8").split("\n")) {
        if (line.trim() && !line.startsWith("#")) data[line.slice(0, line.indexOf("="))] = line.slice(line.indexOf("=") + 1);
      }
    }
    for (const l of g.literals ?? []) data[l.slice(0, l.indexOf("="))] = l.slice(l.indexOf("=") + 1);
    objects.push({ apiVersion: "v1", kind: "Secret", metadata: { name: g.name }, type: "Opaque", stringData: data });
  }
  for (const image of k.images ?? []) {
    for (const o of objects) {
      for (const c of o.spec?.template?.spec?.containers ?? []) {
        const [name, tag] = c.image.split(/:(?=[^/]+$)/);
        if (name === image.name) c.image = `${image.newName ?? name}:${image.newTag ?? tag}`;
      }
    }
  }
  for (const p of k.patches ?? []) {
    const targets = objects.filter((o) => o.kind === p.target.kind && o.metadata.name === p.target.name);
    if (targets.length !== 1) throw new Error(`${dir}: patch target ${p.target.kind}/${p.target.name} matches ${targets.length} objects`);
    for (const op of parse(p.patch)) apply(targets[0], op);
  }
  return objects;
}

function apply(object, op) {
  const keys = op.path.split("/").slice(1);
  let node = object;
  for (const key of keys.slice(0, -1)) node = node[key];
  const last = keys[keys.length - 1];
  if (op.op === "replace" && !(last in node)) throw new Error(`replace of a missing ${op.path}`);
  if (op.op !== "replace" && op.op !== "add") throw new Error(`patch op ${op.op} is not rendered by this check`);
  node[last] = op.value;
}

async function validate(o) {
  const group = o.apiVersion.includes("/") ? o.apiVersion : `v1`;
  const module = await import(`kubernetes-models/${group}/${o.kind}`);
  new module[o.kind](o).validate();
}

let failures = 0;
const overlays = ["overlays/external-postgres"];
for (const overlay of overlays) {
  const objects = render(join(root, overlay));
  const secrets = new Map(objects.filter((o) => o.kind === "Secret").map((o) => [o.metadata.name, o.stringData ?? o.data]));
  const problems = [];
  for (const o of objects) {
    try {
      await validate(o);
    } catch (e) {
      problems.push(`${o.kind}/${o.metadata?.name}: ${e.message}`);
    }
    for (const c of o.spec?.template?.spec?.containers ?? []) {
      for (const env of c.env ?? []) {
        const ref = env.valueFrom?.secretKeyRef;
        if (ref && !(secrets.get(ref.name) && ref.key in secrets.get(ref.name))) {
          problems.push(`${o.kind}/${o.metadata.name}: ${env.name} needs key '${ref.key}' of Secret '${ref.name}', which the overlay does not make`);
        }
      }
    }
    if (o.kind === "Service") {
      const selected = objects.filter((d) => d.kind === "Deployment" && Object.entries(o.spec.selector)
          .every(([k, v]) => d.spec.template.metadata.labels?.[k] === v));
      if (selected.length !== 1) problems.push(`Service/${o.metadata.name} selects ${selected.length} Deployments`);
    }
  }
  const kinds = objects.reduce((m, o) => m.set(o.kind, (m.get(o.kind) ?? 0) + 1), new Map());
  console.log(`${overlay}: ${objects.length} objects (${[...kinds].map(([k, n]) => `${n} ${k}`).join(", ")}), `
      + `${problems.length} problems`);
  problems.forEach((p) => console.log(`  ${p}`));
  failures += problems.length;
}
process.exit(failures === 0 ? 0 : 1);
