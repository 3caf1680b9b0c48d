//! The `starts` check: would `docker run` get the application going? The
//! start command (`ENTRYPOINT` + `CMD`, as Docker joins them) must name a
//! program the image has on its `PATH` and files the image holds where the
//! command looks for them; a dynamically linked binary needs a libc; Python
//! packages must be where Python imports from; a named `USER` needs
//! `/etc/passwd`; an application that calls HTTPS needs CA certificates.

use serde::Deserialize;

use super::{Evaluate, Outcome, Subject};
use crate::simulate::{DEFAULT_PATH, Entry, StageImage, fs, python_version};

/// The start command names files the final image holds, and can run.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Starts {}

/// One word of the start command.
struct Word {
    text: String,
    /// Written in the Dockerfile (not the base image's own ENTRYPOINT).
    written: bool,
}

/// Folders of a real image the simulation does not list file by file.
const SYSTEM_FOLDERS: [&str; 6] = ["/etc", "/usr", "/lib", "/lib64", "/bin", "/sbin"];

/// Interpreters whose first argument is the script they run.
const INTERPRETERS: [&str; 5] = ["node", "python", "python3", "php", "java"];

fn env<'a>(image: &'a StageImage, name: &str) -> Option<&'a str> {
    image
        .env
        .iter()
        .rev()
        .find(|(key, _)| key == name)
        .map(|(_, value)| value.as_str())
}

/// Whether `name` is found on the image's `PATH`.
fn on_path(image: &StageImage, name: &str) -> bool {
    let path = env(image, "PATH").unwrap_or(DEFAULT_PATH);
    path.split(':').filter(|dir| !dir.is_empty()).any(|dir| {
        let candidates: &[&str] = if name == "python" {
            &["python", "python3"]
        } else {
            &[name]
        };
        candidates.iter().any(|candidate| {
            let full = fs::resolve(dir, candidate);
            image.files.entries.iter().any(|entry| entry.path == full)
                // A venv's bin/ holds python and the packages' scripts (gunicorn…).
                || dir
                    .strip_suffix("/bin")
                    .and_then(|root| image.files.find(&fs::resolve("/", root)))
                    .is_some_and(|entry| entry.has("venv"))
        })
    })
}

/// Whether the simulation can only guess at `path` (a system file of a real image).
fn unknowable(image: &StageImage, path: &str) -> bool {
    image.base.image != "scratch"
        && SYSTEM_FOLDERS
            .iter()
            .any(|folder| fs::is_within(path, folder))
}

/// What `path` is in the image: the entry holding it, or why it is not there.
fn locate<'a>(image: &'a StageImage, word: &str) -> Result<Option<&'a Entry>, Outcome> {
    let path = fs::resolve(&image.workdir, word);
    let shown_fr = if word.starts_with('/') {
        format!("`{word}`")
    } else {
        format!("`{word}` (soit `{path}`)")
    };
    let shown_en = if word.starts_with('/') {
        format!("`{word}`")
    } else {
        format!("`{word}` (that is `{path}`)")
    };
    let Some(entry) = image.files.find(&path) else {
        if unknowable(image, &path) || image.files.exists(&path) {
            return Ok(None);
        }
        return Err(Outcome::fail(
            format!("{shown_fr} n’existe pas dans l’image finale."),
            format!("{shown_en} does not exist in the final image."),
        ));
    };
    if let Some(name) = &entry.spread_from {
        let inside = path
            .strip_prefix(&entry.path)
            .unwrap_or("")
            .trim_start_matches('/');
        if inside == name || inside.starts_with(&format!("{name}/")) {
            return Err(Outcome::fail(
                format!(
                    "{shown_fr} n’existe pas\u{a0}: le contenu de `{name}/` a été copié directement dans `{}`. Pour garder le dossier, donnez-le en destination (`… ./{name}`).",
                    entry.path
                ),
                format!(
                    "{shown_en} does not exist: the contents of `{name}/` were copied straight into `{}`. To keep the folder, name it as the destination (`… ./{name}`).",
                    entry.path
                ),
            ));
        }
    }
    let inside = path
        .strip_prefix(&entry.path)
        .unwrap_or("")
        .trim_start_matches('/');
    if !entry.contents.is_empty()
        && !inside.is_empty()
        && !entry.contents.iter().any(|known| known == inside)
    {
        return Err(Outcome::fail(
            format!(
                "{shown_fr} n’existe pas\u{a0}: `{}` contient {}.",
                entry.path,
                entry
                    .contents
                    .iter()
                    .map(|f| format!("`{f}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            format!(
                "{shown_en} does not exist: `{}` holds {}.",
                entry.path,
                entry
                    .contents
                    .iter()
                    .map(|f| format!("`{f}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ));
    }
    if entry.has("dynamic-binary") && !image.has("glibc") && image.base.row.is_some()
        || entry.has("dynamic-binary") && image.base.image == "scratch"
    {
        return Err(Outcome::fail(
            format!(
                "`{path}` est lié dynamiquement à la glibc, absente de l’image finale\u{a0}: compilez avec `CGO_ENABLED=0`."
            ),
            format!(
                "`{path}` is dynamically linked against glibc, which the final image lacks: build with `CGO_ENABLED=0`."
            ),
        ));
    }
    Ok(Some(entry))
}

/// Where Python would not find packages the image holds.
fn unimportable<'a>(image: &'a StageImage, program: &str) -> Option<&'a Entry> {
    let python_path = env(image, "PYTHONPATH").unwrap_or("");
    let path = env(image, "PATH").unwrap_or(DEFAULT_PATH);
    let virtual_env = env(image, "VIRTUAL_ENV");
    let importable = |entry: &Entry| {
        let at = entry.path.as_str();
        (entry.has("venv")
            && (path.split(':').any(|dir| dir == format!("{at}/bin"))
                || virtual_env == Some(at)
                || program.starts_with(&format!("{at}/bin/"))))
            || at == "/usr/local"
            || at == "/usr"
            || at.starts_with("/usr/local/lib/python")
            || at.starts_with("/usr/lib/python")
            || at == format!("{}/.local", image.home())
            || python_path
                .split(':')
                .any(|dir| !dir.is_empty() && (fs::is_within(dir, at) || fs::is_within(at, dir)))
    };
    let packages: Vec<&Entry> = image
        .files
        .entries
        .iter()
        .filter(|entry| entry.has("python-packages"))
        .collect();
    if packages.is_empty() || packages.iter().any(|entry| importable(entry)) {
        None
    } else {
        packages.first().copied()
    }
}

/// Python packages built for another Python or another libc than the image's.
fn incompatible(image: &StageImage) -> Option<Outcome> {
    if image.base.row.is_none() || !image.has("python") {
        return None;
    }
    let version = python_version(image);
    let glibc = image.has("glibc");
    for entry in image
        .files
        .entries
        .iter()
        .filter(|entry| entry.has("python-packages") || entry.has("venv"))
    {
        if let Some(built) = entry
            .tags
            .iter()
            .find_map(|tag| tag.strip_prefix("for-python"))
            && built != version
        {
            return Some(Outcome::fail(
                format!(
                    "`{}` a été préparé pour Python {built}, mais l’image finale a Python {version}\u{a0}: prenez la même version dans les deux stages.",
                    entry.path
                ),
                format!(
                    "`{}` was prepared for Python {built}, but the final image has Python {version}: use the same version in both stages.",
                    entry.path
                ),
            ));
        }
        let (musl, for_glibc) = (entry.has("for-musl"), entry.has("for-glibc"));
        if (musl && glibc) || (for_glibc && !glibc) {
            let (built, here) = if musl {
                ("musl (Alpine)", "glibc")
            } else {
                ("glibc", "musl (Alpine)")
            };
            return Some(Outcome::fail(
                format!(
                    "Les paquets compilés de `{}` visent {built}, l’image finale a {here}\u{a0}: compilez sur la même famille d’image que celle qui les exécute.",
                    entry.path
                ),
                format!(
                    "The compiled packages in `{}` target {built}, the final image has {here}: compile on the same image family as the one that runs them.",
                    entry.path
                ),
            ));
        }
    }
    None
}

impl Evaluate for Starts {
    fn evaluate(&self, subject: &Subject<'_, '_>) -> Outcome {
        let image = subject.simulation.image();
        let start = &image.start;
        let known = image.base.row.is_some() || image.base.image == "scratch";
        let has_shell = !known || image.has("shell");
        for command in [&start.entrypoint, &start.cmd].into_iter().flatten() {
            if command.written
                && !command.exec
                && command.words.first().is_some_and(|w| w.starts_with('['))
            {
                return Outcome::fail(
                    format!(
                        "Ligne {}\u{a0}: ce n’est pas du JSON valide (guillemets droits `\"`, virgules, crochet fermant), Docker l’exécute donc en forme shell.",
                        command.line
                    ),
                    format!(
                        "Line {}: this is not valid JSON (straight quotes `\"`, commas, closing bracket), so Docker runs it in shell form.",
                        command.line
                    ),
                );
            }
        }
        // Docker's rules: a shell-form ENTRYPOINT ignores CMD; an exec one
        // gets CMD appended, as `/bin/sh -c "…"` when CMD is in shell form.
        let mut words: Vec<Word> = Vec::new();
        let mut shell_form = false;
        if let Some(entrypoint) = &start.entrypoint {
            words.extend(entrypoint.words.iter().map(|text| Word {
                text: text.clone(),
                written: entrypoint.written,
            }));
            shell_form = !entrypoint.exec;
        }
        if let Some(cmd) = &start.cmd
            && !shell_form
        {
            if start.entrypoint.is_none() {
                shell_form = !cmd.exec;
            } else if !cmd.exec && !has_shell {
                return Outcome::fail(
                    "Un `CMD` en forme shell après un `ENTRYPOINT` devient `/bin/sh -c …`, et l’image finale n’a pas de shell\u{a0}: écrivez le `CMD` en JSON.",
                    "A shell-form `CMD` after an `ENTRYPOINT` becomes `/bin/sh -c …`, and the final image has no shell: write the `CMD` in JSON.",
                );
            }
            words.extend(cmd.words.iter().map(|text| Word {
                text: text.clone(),
                written: cmd.written,
            }));
        }
        let Some(first) = words.first() else {
            return Outcome::fail(
                "L’image finale ne dit pas quoi lancer\u{a0}: ajoutez un `CMD`.",
                "The final image does not say what to run: add a `CMD`.",
            );
        };
        if shell_form && !has_shell {
            return Outcome::fail(
                "La commande de démarrage est en forme shell, mais l’image finale n’a pas de shell\u{a0}: passez à la forme JSON.",
                "The start command is in shell form, but the final image has no shell: use the JSON form.",
            );
        }

        // The program: a path is looked for where it says, a bare name on the PATH.
        let program = first.text.as_str();
        let name = program.rsplit('/').next().unwrap_or(program);
        if first.written && known {
            if program.contains('/') {
                if let Err(outcome) = locate(image, program) {
                    return outcome;
                }
            } else if (INTERPRETERS.contains(&program) || image.base.image == "scratch")
                && !on_path(image, program)
            {
                return Outcome::fail(
                    format!(
                        "`{program}` n’est pas sur le PATH de l’image finale (`{}`).",
                        image.base.image
                    ),
                    format!(
                        "`{program}` is not on the final image’s PATH (`{}`).",
                        image.base.image
                    ),
                );
            }
            if matches!(program, "npm" | "yarn")
                && !image
                    .files
                    .exists(&fs::resolve(&image.workdir, "package.json"))
            {
                return Outcome::fail(
                    format!(
                        "`{program} start` lit `package.json` dans le WORKDIR (`{}`), absent de l’image finale.",
                        image.workdir
                    ),
                    format!(
                        "`{program} start` reads `package.json` in the WORKDIR (`{}`), which the final image lacks.",
                        image.workdir
                    ),
                );
            }
        }

        // The script an interpreter runs: its first argument that is not an option.
        let interpreter = INTERPRETERS.iter().any(|known| name.starts_with(known));
        let script = interpreter
            .then(|| {
                words
                    .iter()
                    .skip(1)
                    .take_while(|word| !matches!(word.text.as_str(), "-m" | "-c" | "-e" | "--eval"))
                    .find(|word| !word.text.starts_with('-'))
            })
            .flatten();
        for word in words.iter().skip(1) {
            let is_script = script.is_some_and(|script| std::ptr::eq(script, word));
            if !word.written || !(is_script || looks_like_path(&word.text)) {
                continue;
            }
            if let Err(outcome) = locate(image, &word.text) {
                return outcome;
            }
        }

        if name.starts_with("node")
            && let Some(flat) = image.files.entries.iter().find(|entry| {
                entry.has("dependencies") && entry.spread_from.as_deref() == Some("node_modules")
            })
        {
            return Outcome::fail(
                format!(
                    "Le contenu de `node_modules/` a été copié à plat dans `{}`\u{a0}: Node.js cherche ses modules dans un dossier `node_modules`.",
                    flat.path
                ),
                format!(
                    "The contents of `node_modules/` were copied flat into `{}`: Node.js looks for modules in a `node_modules` folder.",
                    flat.path
                ),
            );
        }
        if let Some(outcome) = incompatible(image) {
            return outcome;
        }
        if let Some(packages) = unimportable(image, program) {
            return Outcome::fail(
                format!(
                    "Python ne trouvera pas les paquets de `{}`\u{a0}: mettez `{}/bin` en tête du PATH (un venv), copiez-les dans `/usr/local`, ou ajoutez-les à PYTHONPATH.",
                    packages.path, packages.path
                ),
                format!(
                    "Python will not find the packages in `{}`: put `{}/bin` first on PATH (a venv), copy them to `/usr/local`, or add them to PYTHONPATH.",
                    packages.path, packages.path
                ),
            );
        }
        if let Some(user) = &image.user {
            let name = user.split(':').next().unwrap_or(user);
            let numeric = name.chars().all(|c| c.is_ascii_digit());
            if image.base.image == "scratch" && !numeric && !image.files.exists("/etc/passwd") {
                return Outcome::fail(
                    format!(
                        "`USER {name}`\u{a0}: `scratch` n’a pas de `/etc/passwd`, Docker ne trouvera pas cet utilisateur. Donnez un numéro (`USER 65532`) ou copiez `/etc/passwd`."
                    ),
                    format!(
                        "`USER {name}`: `scratch` has no `/etc/passwd`, so Docker will not find that user. Give a number (`USER 65532`) or copy `/etc/passwd`."
                    ),
                );
            }
        }
        Outcome::unless(
            !subject.scenario.https || image.has("ca-certificates"),
            "L’application appelle des services en HTTPS, mais l’image finale n’a pas de certificats CA\u{a0}: chaque appel échouera («\u{a0}x509: certificate signed by unknown authority\u{a0}»).",
            "The application calls services over HTTPS, but the final image has no CA certificates: every call will fail (“x509: certificate signed by unknown authority”).",
        )
    }
}

/// Whether a word of a start command names a file.
fn looks_like_path(word: &str) -> bool {
    const EXTENSIONS: [&str; 8] = [".js", ".mjs", ".cjs", ".py", ".php", ".jar", ".sh", ".ts"];
    !word.starts_with('-')
        && !word.contains("://")
        && !word.contains('=')
        && (word.contains('/') || EXTENSIONS.iter().any(|ext| word.ends_with(ext)))
}
