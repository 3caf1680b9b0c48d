//! The `starts` check: would `docker run` get the application going? The
//! start command (`ENTRYPOINT` + `CMD`, as Docker joins them) must name a
//! program the image has on its `PATH` and files the image holds where the
//! command looks for them; a dynamically linked binary needs a libc; Python
//! packages must be where Python imports from; a named `USER` needs
//! `/etc/passwd`; an application that calls HTTPS needs CA certificates.

use serde::Deserialize;

use super::{Evaluate, Outcome, Subject};
use crate::simulate::{DEFAULT_PATH, Entry, StageImage, fs, is_system_path, python_version};

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

/// Interpreters whose first argument is the script they run.
const INTERPRETERS: [&str; 5] = ["node", "python", "python3", "php", "java"];

/// Whether `name` is found on the image's `PATH`.
fn on_path(image: &StageImage, name: &str) -> bool {
    resolve_program(image, name).is_some()
}

/// Whether the simulation can only guess at `path` (a system file of a real image).
fn unknowable(image: &StageImage, path: &str) -> bool {
    image.base.image != "scratch" && is_system_path(path)
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
                "`{path}` est lié dynamiquement à la bibliothèque C de l’image qui l’a compilé, absente de l’image finale\u{a0}: compilez avec `CGO_ENABLED=0`."
            ),
            format!(
                "`{path}` is dynamically linked against the C library of the image that built it, which the final image lacks: build with `CGO_ENABLED=0`."
            ),
        ));
    }
    Ok(Some(entry))
}

/// The file a program name runs: itself when it is a path, else the first
/// match on the `PATH` (a venv's `bin/` holds python and its packages' scripts).
fn resolve_program(image: &StageImage, program: &str) -> Option<String> {
    if program.contains('/') {
        return Some(fs::resolve(&image.workdir, program));
    }
    let path = image.var("PATH").unwrap_or(DEFAULT_PATH);
    path.split(':')
        .filter(|dir| !dir.is_empty())
        .find_map(|dir| {
            let candidates: &[&str] = if program == "python" {
                &["python", "python3"]
            } else {
                &[program]
            };
            // A venv's bin/ (or ~/.local/bin, a --prefix's bin/) holds python
            // or the scripts of the packages installed there (gunicorn…).
            let root = dir
                .strip_suffix("/bin")
                .and_then(|root| image.files.find(&fs::resolve("/", root)));
            let is_python = program.starts_with("python");
            let in_venv = root.is_some_and(|entry| {
                entry.has("venv") || (!is_python && entry.has("python-packages"))
            }) || (!is_python
                && dir == "/usr/local/bin"
                && image.files.entries.iter().any(|entry| {
                    entry.has("python-packages") && entry.path.starts_with("/usr/local")
                }));
            candidates.iter().find_map(|candidate| {
                let full = fs::resolve(dir, candidate);
                (in_venv || image.files.entries.iter().any(|entry| entry.path == full))
                    .then_some(full)
            })
        })
}

/// Where Python would not find packages the image holds: a venv counts only
/// when its own python runs; `--prefix` folders need their `site-packages`
/// on `PYTHONPATH`.
fn unimportable<'a>(image: &'a StageImage, program: &str) -> Option<&'a Entry> {
    let python_path = image.var("PYTHONPATH").unwrap_or("");
    let runs = resolve_program(image, program).unwrap_or_default();
    let importable = |entry: &Entry| {
        let at = entry.path.as_str();
        let on_python_path = |dir: &str| {
            if entry.has("prefix-layout") {
                fs::is_within(dir, &format!("{at}/lib"))
            } else {
                fs::is_within(dir, at)
            }
        };
        (entry.has("venv") && runs.starts_with(&format!("{at}/bin/")))
            || at == "/usr/local"
            || at == "/usr"
            || at.starts_with("/usr/local/lib/python")
            || at.starts_with("/usr/lib/python")
            || at == format!("{}/.local", image.home())
            || python_path
                .split(':')
                .any(|dir| !dir.is_empty() && on_python_path(dir))
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
            && let Some(version) = &version
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

        // `sh -c "node dist/index.js"`: the shell runs the script's command.
        let shell_program = first
            .text
            .rsplit('/')
            .next()
            .unwrap_or(&first.text)
            .to_string();
        if matches!(shell_program.as_str(), "sh" | "bash" | "ash" | "dash")
            && words.get(1).is_some_and(|word| word.text == "-c")
            && let Some(script) = words.get(2)
        {
            let written = script.written;
            if known && (!image.has("shell") || (shell_program == "bash" && !image.has("glibc"))) {
                return Outcome::fail(
                    format!(
                        "`{shell_program}` n’existe pas dans l’image finale (`{}`).",
                        image.base.image
                    ),
                    format!(
                        "There is no `{shell_program}` in the final image (`{}`).",
                        image.base.image
                    ),
                );
            }
            words = script
                .text
                .split_whitespace()
                .filter(|word| *word != "exec")
                .map(|text| Word {
                    text: text.to_string(),
                    written,
                })
                .collect();
        }
        // `tini --` and `dumb-init` start the command after them: it is the one to check.
        while let Some(wrapper) = words.first() {
            let name = wrapper.text.rsplit('/').next().unwrap_or(&wrapper.text);
            if !WRAPPERS.contains(&name) {
                break;
            }
            if wrapper.written && known {
                let missing = if wrapper.text.contains('/') {
                    locate(image, &wrapper.text).err()
                } else {
                    (!on_path(image, name)).then(|| Outcome::fail(
                        format!("`{name}` n’est pas sur le PATH de l’image finale (`{}`)\u{a0}: installez-le dans ce stage.", image.base.image),
                        format!("`{name}` is not on the final image’s PATH (`{}`): install it in that stage.", image.base.image),
                    ))
                };
                if let Some(outcome) = missing {
                    return outcome;
                }
            }
            words.remove(0);
            while words.first().is_some_and(|word| word.text.starts_with('-')) {
                let flag = words.remove(0);
                if flag.text == "--" {
                    break;
                }
            }
        }
        let Some(first) = words.first() else {
            return Outcome::pass();
        };
        // The program: a path is looked for where it says, a bare name on the PATH.
        let program = first.text.as_str();
        let name = program.rsplit('/').next().unwrap_or(program);
        if first.written && known {
            if program.contains('/') {
                if let Err(outcome) = locate(image, program) {
                    return outcome;
                }
            } else if (INTERPRETERS.contains(&program)
                || TOOLS.contains(&program)
                || PYTHON_SCRIPTS.contains(&program)
                || image.base.image == "scratch")
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
        let script = if interpreter { script_of(&words) } else { None };
        // Only the script is looked for: other paths in the arguments (a
        // config file, a data folder) are often mounted at run time.
        for (index, word) in words.iter().enumerate().skip(1) {
            let is_script = script == Some(index);
            if !word.written || !is_script {
                continue;
            }
            // Distroless already starts the interpreter: `CMD ["node", …]` runs `node node …`.
            if is_script && !first.written && INTERPRETERS.contains(&word.text.as_str()) {
                let rest: Vec<String> = words[index + 1..]
                    .iter()
                    .map(|word| format!("\"{}\"", word.text))
                    .collect();
                let suggestion = format!("CMD [{}]", rest.join(", "));
                return Outcome::fail(
                    format!(
                        "L’`ENTRYPOINT` de `{}` lance déjà `{program}`\u{a0}: le `CMD` ne donne que ses arguments (`{suggestion}`).",
                        image.base.image
                    ),
                    format!(
                        "The `ENTRYPOINT` of `{}` already runs `{program}`: the `CMD` gives only its arguments (`{suggestion}`).",
                        image.base.image
                    ),
                );
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
            if packages.path.ends_with("/.local") {
                return Outcome::fail(
                    format!(
                        "Les paquets sont dans `{}`, mais l’application tourne avec HOME `{}` (USER)\u{a0}: Python ne les cherchera pas là. Installez-les ailleurs (un venv) ou gardez le même utilisateur.",
                        packages.path,
                        image.home()
                    ),
                    format!(
                        "The packages are in `{}`, but the application runs with HOME `{}` (USER): Python will not look there. Install them elsewhere (a venv) or keep the same user.",
                        packages.path,
                        image.home()
                    ),
                );
            }
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
            if !numeric && !image.users.is_empty() && !image.users.iter().any(|known| known == name)
            {
                return Outcome::fail(
                    format!(
                        "`USER {name}`\u{a0}: l’image finale n’a pas de compte «\u{a0}{name}\u{a0}» (`{}` a {}). Créez-le (`useradd`, `adduser`) ou prenez un compte existant.",
                        image.base.image,
                        image.users.join(", ")
                    ),
                    format!(
                        "`USER {name}`: the final image has no “{name}” account (`{}` has {}). Create it (`useradd`, `adduser`) or use an existing one.",
                        image.base.image,
                        image.users.join(", ")
                    ),
                );
            }
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
        // Where Go, OpenSSL and Node.js look for CA certificates (or where SSL_CERT_* says).
        let cert_file = image.var("SSL_CERT_FILE");
        let cert_dir = image.var("SSL_CERT_DIR");
        let found_by_tls = |entry: &Entry| {
            fs::is_within(&entry.path, "/etc/ssl")
                || fs::is_within(&entry.path, "/etc/pki")
                || cert_file == Some(entry.path.as_str())
                || cert_dir.is_some_and(|dir| fs::is_within(&entry.path, dir))
        };
        let certificates = image
            .files
            .entries
            .iter()
            .any(|entry| entry.has("ca-certificates") && found_by_tls(entry));
        Outcome::unless(
            !subject.scenario.https || certificates,
            "L’application appelle des services en HTTPS, mais l’image finale n’a pas de certificats CA\u{a0}: chaque appel échouera («\u{a0}x509: certificate signed by unknown authority\u{a0}»).",
            "The application calls services over HTTPS, but the final image has no CA certificates: every call will fail (“x509: certificate signed by unknown authority”).",
        )
    }
}

/// Programs that start the command after them.
const WRAPPERS: [&str; 3] = ["tini", "tini-static", "dumb-init"];

/// Console scripts of Python packages, found where pip put them.
const PYTHON_SCRIPTS: [&str; 8] = [
    "gunicorn",
    "uvicorn",
    "flask",
    "celery",
    "hypercorn",
    "daphne",
    "waitress-serve",
    "streamlit",
];

/// Programs the checker can look up on the PATH besides interpreters.
const TOOLS: [&str; 6] = ["npm", "npx", "yarn", "pnpm", "tini", "dumb-init"];

/// The index of the script an interpreter runs: its first argument that is
/// neither an option nor an option's value (`python -W ignore app.py`,
/// `node -r dotenv/config dist/index.js`, `java -jar app.jar`).
fn script_of(words: &[Word]) -> Option<usize> {
    const WITH_VALUE: [&str; 12] = [
        "-W",
        "-X",
        "-r",
        "--require",
        "--import",
        "--loader",
        "--experimental-loader",
        "-cp",
        "-classpath",
        "--class-path",
        "-p",
        "--module-path",
    ];
    const NO_SCRIPT: [&str; 5] = ["-m", "-c", "-e", "--eval", "--print"];
    let mut index = 1;
    while let Some(word) = words.get(index) {
        let text = word.text.as_str();
        if NO_SCRIPT.contains(&text) {
            return None;
        }
        if text == "-jar" {
            return (index + 1 < words.len()).then_some(index + 1);
        }
        if WITH_VALUE.contains(&text) {
            index += 2;
            continue;
        }
        if !text.starts_with('-') {
            return Some(index);
        }
        index += 1;
    }
    None
}
