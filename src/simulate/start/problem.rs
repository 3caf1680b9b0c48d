//! Why a container does not start, or its application breaks on its first
//! request: one variant per way, each with its French and English message.

use crate::i18n::Lang;
use crate::simulate::accounts::AccountError;
use crate::simulate::fs::{self, Libc};

/// Why a container does not start, or its application breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StartProblem {
    /// Neither `ENTRYPOINT` nor `CMD`.
    NothingToRun,
    /// The image is no valid reference (`node:-slim`): there is no image.
    NoImage {
        reference: String,
    },
    /// A `CMD`/`ENTRYPOINT` meant as JSON but not valid JSON: Docker runs
    /// it in shell form, and the shell looks for a program named `["node",`.
    InvalidJson {
        keyword: &'static str,
        line: usize,
    },
    /// The start is a program that stops at once without a terminal (`node`
    /// alone, `python3`, `bash`, `php -a`), as the base image's `CMD` leaves it.
    ExitsAtOnce {
        argv: String,
        inherited: bool,
    },
    /// A server sent to the background: the container's process ends.
    Daemonizes {
        command: String,
    },
    UserNotFound {
        error: AccountError,
    },
    /// The program is not where it is looked for.
    NotFound {
        program: String,
        path: String,
        on_path: bool,
    },
    /// A folder's contents were copied in its place (`COPY dist ./`).
    Spread {
        path: String,
        holder: String,
        name: String,
    },
    NotListed {
        path: String,
        holder: String,
        contents: Vec<String>,
    },
    /// No execute bit for the user (EACCES).
    NotExecutable {
        path: String,
    },
    /// Executable, but neither a binary nor a `#!` script.
    ExecFormat {
        path: String,
    },
    /// The `#!` interpreter is not in the image.
    BadInterpreter {
        path: String,
        interpreter: String,
    },
    /// A binary built for another CPU than the image's platform.
    WrongArchitecture {
        path: String,
        built_for: String,
        runs_on: String,
    },
    /// A binary linked against a C library the image lacks.
    MissingLibc {
        path: String,
        needs: Libc,
    },
    MissingLibstdcxx {
        path: String,
    },
    /// A shell form, or `sh -c`, on an image without that shell.
    NoShell {
        shell: String,
    },
    NotInShell {
        construct: &'static str,
        shell: &'static str,
    },
    /// distroless's `ENTRYPOINT` already runs node: `CMD ["node", …]` runs `node node …`.
    InterpreterTwice {
        interpreter: String,
        suggestion: String,
    },
    /// The interpreter finds no such script (`Cannot find module`).
    ScriptNotFound {
        interpreter: String,
        script: String,
        resolved: String,
    },
    /// The start runs another file than the application.
    NotTheApp {
        started: String,
        app: String,
    },
    /// The main file was copied without the other compiled modules it loads.
    PartialBuild {
        copied: String,
        output: String,
    },
    /// `require("express")` finds no `node_modules` holding it.
    ModuleNotFound {
        modules: String,
        from: String,
    },
    /// `node_modules`' contents were copied flat.
    FlatModules {
        path: String,
    },
    /// npm finds no `package.json` there.
    NoPackageJson {
        command: String,
        dir: String,
    },
    NoScript {
        command: String,
        name: String,
    },
    /// Python packages built for another Python or C library.
    PythonMismatch {
        path: String,
        built: String,
        here: String,
    },
    LibcMismatch {
        path: String,
        built: Libc,
        here: Libc,
    },
    /// Python will not import the packages from where they are.
    PackagesNotImported {
        path: String,
        home: String,
        user_site: bool,
    },
    /// Something the application reads beside its entry point is not there.
    MissingBeside {
        what: String,
        expected: String,
    },
    /// The code a PHP server would run is not in the image.
    NoPhpEntry {
        entry: String,
    },
    /// `../vendor/autoload.php` from the entry point is missing.
    NoAutoload {
        expected: String,
        vendor_elsewhere: Option<String>,
    },
    /// The autoloader finds no class folder beside `vendor/`.
    AutoloadMissesCode {
        expected: String,
    },
    NoCaCertificates,
    /// The user cannot write a folder the application writes.
    NotWritable {
        path: String,
        user: String,
    },
    /// The user cannot read what the application needs.
    NotReadable {
        path: String,
        user: String,
    },
}

impl StartProblem {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            StartProblem::NoImage { reference } => lang.pick(
                format!("`{reference}` n’est pas une image\u{a0}: le build s’arrête avant, il n’y a rien à démarrer."),
                format!("`{reference}` is not an image: the build stops before, there is nothing to start."),
            ),
            StartProblem::InvalidJson { keyword, line } => lang.pick(
                format!("Ligne {line}\u{a0}: ce `{keyword}` n’est pas du JSON valide (guillemets droits `\"`, virgules, crochet fermant), Docker l’exécute donc en forme shell et le shell cherche un programme nommé `[…`."),
                format!("Line {line}: this `{keyword}` is not valid JSON (straight quotes `\"`, commas, closing bracket), so Docker runs it in shell form and the shell looks for a program named `[…`."),
            ),
            StartProblem::NothingToRun => lang.pick(
                "L’image ne dit pas quoi lancer (ni `ENTRYPOINT` ni `CMD`)\u{a0}: `docker run` refuse de démarrer («\u{a0}no command specified\u{a0}»).".into(),
                "The image does not say what to run (neither `ENTRYPOINT` nor `CMD`): `docker run` refuses to start (“no command specified”).".into(),
            ),
            StartProblem::ExitsAtOnce { argv, inherited: true } => lang.pick(
                format!("L’image lance `{argv}`, hérité de son image de base\u{a0}: sans terminal, ce programme s’arrête aussitôt et l’application ne démarre pas. Ajoutez un `CMD` qui la lance."),
                format!("The image runs `{argv}`, inherited from its base image: without a terminal this program stops at once, and the application does not start. Add a `CMD` that starts it."),
            ),
            StartProblem::ExitsAtOnce { argv, inherited: false } => lang.pick(
                format!("Le conteneur lance `{argv}`, qui s’arrête aussitôt sans terminal\u{a0}: l’application ne démarre pas."),
                format!("The container runs `{argv}`, which stops at once without a terminal: the application does not start."),
            ),
            StartProblem::Daemonizes { command } => lang.pick(
                format!("`{command}` passe le serveur en arrière-plan et rend la main\u{a0}: le processus du conteneur se termine, et le conteneur avec. Lancez-le au premier plan."),
                format!("`{command}` sends the server to the background and returns: the container’s process ends, and the container with it. Run it in the foreground."),
            ),
            StartProblem::UserNotFound { error } => {
                let what = match error {
                    AccountError::NoUser(name) => name.clone(),
                    AccountError::NoGroup(name) => name.clone(),
                };
                lang.pick(
                    format!("`USER {what}`\u{a0}: l’image finale n’a pas ce compte dans `/etc/passwd` (ou `/etc/group`), et le conteneur ne démarre pas («\u{a0}unable to find user {what}\u{a0}»). Créez-le, prenez un compte de l’image, ou un identifiant numérique."),
                    format!("`USER {what}`: the final image has no such account in `/etc/passwd` (or `/etc/group`), and the container does not start (“unable to find user {what}”). Create it, use one of the image’s accounts, or a numeric id."),
                )
            }
            StartProblem::NotFound { program, path, on_path: true } => lang.pick(
                format!("`{program}` n’est sur aucun dossier du PATH de l’image finale (`{path}`)\u{a0}: «\u{a0}executable file not found in $PATH\u{a0}»."),
                format!("`{program}` is in no folder of the final image’s PATH (`{path}`): “executable file not found in $PATH”."),
            ),
            StartProblem::NotFound { program, .. } => lang.pick(
                format!("`{program}` n’existe pas dans l’image finale («\u{a0}no such file or directory\u{a0}»)."),
                format!("`{program}` does not exist in the final image (“no such file or directory”)."),
            ),
            StartProblem::Spread { path, holder, name } => lang.pick(
                format!("`{path}` n’existe pas\u{a0}: le contenu de `{name}/` a été copié directement dans `{holder}`. Pour garder le dossier, donnez-le en destination (`… ./{name}`)."),
                format!("`{path}` does not exist: the contents of `{name}/` were copied straight into `{holder}`. To keep the folder, name it as the destination (`… ./{name}`)."),
            ),
            StartProblem::NotListed { path, holder, contents } => {
                let list = contents.iter().map(|f| format!("`{f}`")).collect::<Vec<_>>().join(", ");
                lang.pick(
                    format!("`{path}` n’existe pas\u{a0}: `{holder}` contient {list}."),
                    format!("`{path}` does not exist: `{holder}` holds {list}."),
                )
            }
            StartProblem::NotExecutable { path } => lang.pick(
                format!("`{path}` n’est pas exécutable («\u{a0}permission denied\u{a0}»)\u{a0}: lancez-le par son interpréteur (`node {path}`) plutôt que directement."),
                format!("`{path}` is not executable (“permission denied”): run it through its interpreter (`node {path}`) rather than directly."),
            ),
            StartProblem::ExecFormat { path } => lang.pick(
                format!("`{path}` n’est ni un binaire ni un script avec une ligne `#!`\u{a0}: «\u{a0}exec format error\u{a0}». Lancez-le par son interpréteur."),
                format!("`{path}` is neither a binary nor a script with a `#!` line: “exec format error”. Run it through its interpreter."),
            ),
            StartProblem::BadInterpreter { path, interpreter } => lang.pick(
                format!("`{path}` commence par `#!{interpreter}`, introuvable dans l’image finale («\u{a0}no such file or directory\u{a0}»)."),
                format!("`{path}` starts with `#!{interpreter}`, which the final image lacks (“no such file or directory”)."),
            ),
            StartProblem::WrongArchitecture { path, built_for, runs_on } => lang.pick(
                format!("`{path}` est compilé pour {built_for}, mais l’image est pour {runs_on}\u{a0}: le noyau refuse de le lancer («\u{a0}exec format error\u{a0}»). Compilez pour la plateforme cible\u{a0}: `GOARCH=$TARGETARCH` (avec `ARG TARGETARCH` dans le stage)."),
                format!("`{path}` is built for {built_for}, but the image is for {runs_on}: the kernel refuses to run it (“exec format error”). Build for the target platform: `GOARCH=$TARGETARCH` (with `ARG TARGETARCH` in the stage)."),
            ),
            StartProblem::MissingLibc { path, needs } => lang.pick(
                format!("`{path}` est lié dynamiquement à {}, absente de l’image finale\u{a0}: le noyau ne trouve pas son chargeur («\u{a0}no such file or directory\u{a0}»). Compilez statiquement (`CGO_ENABLED=0`) ou prenez une image de la même famille.", needs.name()),
                format!("`{path}` is dynamically linked against {}, which the final image lacks: the kernel finds no loader for it (“no such file or directory”). Build it statically (`CGO_ENABLED=0`) or use an image of the same family.", needs.name()),
            ),
            StartProblem::MissingLibstdcxx { path } => lang.pick(
                format!("`{path}` a besoin de libstdc++, absente de l’image finale («\u{a0}error while loading shared libraries\u{a0}»)\u{a0}: prenez une image qui la fournit (`distroless/cc`, `node:…-slim`)."),
                format!("`{path}` needs libstdc++, which the final image lacks (“error while loading shared libraries”): use an image that provides it (`distroless/cc`, `node:…-slim`)."),
            ),
            StartProblem::NoShell { shell } => lang.pick(
                format!("La commande de démarrage passe par `{shell}`, que l’image finale n’a pas\u{a0}: écrivez-la en JSON (`CMD [\"…\", \"…\"]`)."),
                format!("The start command goes through `{shell}`, which the final image lacks: write it in JSON (`CMD [\"…\", \"…\"]`)."),
            ),
            StartProblem::NotInShell { construct, shell } => lang.pick(
                format!("La commande de démarrage utilise `{construct}`, qui n’existe qu’en bash, et passe par `/bin/sh` ({shell})."),
                format!("The start command uses `{construct}`, which exists only in bash, and goes through `/bin/sh` ({shell})."),
            ),
            StartProblem::InterpreterTwice { interpreter, suggestion } => lang.pick(
                format!("L’`ENTRYPOINT` de l’image lance déjà `{interpreter}`\u{a0}: le `CMD` ne donne que ses arguments (`{suggestion}`), sinon `{interpreter}` cherche un script nommé `{interpreter}`."),
                format!("The image’s `ENTRYPOINT` already runs `{interpreter}`: the `CMD` gives only its arguments (`{suggestion}`), or `{interpreter}` looks for a script named `{interpreter}`."),
            ),
            StartProblem::ScriptNotFound { interpreter, script, resolved } => lang.pick(
                format!("`{interpreter} {script}`\u{a0}: `{resolved}` n’existe pas dans l’image finale («\u{a0}Cannot find module\u{a0}»)."),
                format!("`{interpreter} {script}`: `{resolved}` does not exist in the final image (“Cannot find module”)."),
            ),
            StartProblem::NotTheApp { started, app } => lang.pick(
                format!("Le conteneur lance `{started}`, pas l’application (`{app}`)."),
                format!("The container runs `{started}`, not the application (`{app}`)."),
            ),
            StartProblem::PartialBuild { copied, output } => lang.pick(
                format!("`{copied}` charge les autres modules compilés de `{output}/`, copiés sans lui\u{a0}: «\u{a0}Cannot find module\u{a0}». Copiez tout le dossier `{output}/`."),
                format!("`{copied}` loads the other compiled modules of `{output}/`, which were not copied with it: “Cannot find module”. Copy the whole `{output}/` folder."),
            ),
            StartProblem::ModuleNotFound { modules, from } => {
                let (fr, en) = if modules.is_empty() {
                    ("ses dépendances".to_string(), "its dependencies".to_string())
                } else {
                    (format!("`{modules}`"), format!("`{modules}`"))
                };
                lang.pick(
                    format!("L’application charge {fr}, mais aucun dossier `node_modules` ne les contient dans `{from}` ni au-dessus\u{a0}: «\u{a0}Cannot find module\u{a0}» au démarrage. Installez les dépendances de production à côté de l’application."),
                    format!("The application loads {en}, but no `node_modules` folder holds them in `{from}` or above: “Cannot find module” at start. Install the production dependencies beside the application."),
                )
            }
            StartProblem::FlatModules { path } => lang.pick(
                format!("Le contenu de `node_modules/` a été copié à plat dans `{path}`\u{a0}: Node.js cherche ses modules dans un dossier `node_modules`."),
                format!("The contents of `node_modules/` were copied flat into `{path}`: Node.js looks for modules in a `node_modules` folder."),
            ),
            StartProblem::NoPackageJson { command, dir } => lang.pick(
                format!("`{command}` lit `package.json` dans `{dir}` (ou au-dessus), absent de l’image finale."),
                format!("`{command}` reads `package.json` in `{dir}` (or above), which the final image lacks."),
            ),
            StartProblem::NoScript { command, name } => lang.pick(
                format!("`{command}`\u{a0}: `package.json` n’a pas de script «\u{a0}{name}\u{a0}»."),
                format!("`{command}`: `package.json` has no “{name}” script."),
            ),
            StartProblem::PythonMismatch { path, built, here } => lang.pick(
                format!("`{path}` a été préparé pour Python {built}, mais l’image finale a Python {here}\u{a0}: prenez la même version dans les deux stages."),
                format!("`{path}` was prepared for Python {built}, but the final image has Python {here}: use the same version in both stages."),
            ),
            StartProblem::LibcMismatch { path, built, here } => lang.pick(
                format!("Les paquets compilés de `{path}` visent {}, l’image finale a {}\u{a0}: compilez sur la même famille d’image que celle qui les exécute.", built.name(), here.name()),
                format!("The compiled packages of `{path}` target {}, the final image has {}: build on the same image family as the one that runs them.", built.name(), here.name()),
            ),
            StartProblem::PackagesNotImported { path, .. } if path.is_empty() => lang.pick(
                "L’image finale n’a pas les paquets Python de l’application\u{a0}: «\u{a0}ModuleNotFoundError\u{a0}» au démarrage.".into(),
                "The final image lacks the application’s Python packages: “ModuleNotFoundError” at start.".into(),
            ),
            StartProblem::PackagesNotImported { path, home, user_site: true } => lang.pick(
                format!("Les paquets sont dans `{path}`, mais l’application tourne avec HOME `{home}` (USER)\u{a0}: Python ne les cherchera pas là. Installez-les ailleurs (un venv) ou gardez le même utilisateur."),
                format!("The packages are in `{path}`, but the application runs with HOME `{home}` (USER): Python will not look there. Install them elsewhere (a venv) or keep the same user."),
            ),
            StartProblem::PackagesNotImported { path, .. } => {
                let bin = fs::resolve(path, "bin");
                lang.pick(
                    format!("Python ne trouvera pas les paquets de `{path}`\u{a0}: mettez `{bin}` en tête du PATH (un venv), copiez-les dans `/usr/local`, ou ajoutez-les à PYTHONPATH."),
                    format!("Python will not find the packages in `{path}`: put `{bin}` first on PATH (a venv), copy them to `/usr/local`, or add them to PYTHONPATH."),
                )
            }
            StartProblem::MissingBeside { what, expected } => lang.pick(
                format!("L’application a besoin de `{what}` à côté d’elle, en `{expected}`, absent de l’image."),
                format!("The application needs `{what}` beside it, at `{expected}`, which the image lacks."),
            ),
            StartProblem::NoPhpEntry { entry } => lang.pick(
                format!("Le code de l’application (`{entry}`) n’est pas dans l’image finale."),
                format!("The application’s code (`{entry}`) is not in the final image."),
            ),
            StartProblem::NoAutoload { expected, vendor_elsewhere: Some(found) } => lang.pick(
                format!("`public/index.php` charge `{expected}`, mais les dépendances sont dans `{found}`\u{a0}: placez `vendor/` à côté du code, là où l’autoloader de Composer est attendu."),
                format!("`public/index.php` loads `{expected}`, but the dependencies are in `{found}`: put `vendor/` beside the code, where Composer’s autoloader is expected."),
            ),
            StartProblem::NoAutoload { expected, vendor_elsewhere: None } => lang.pick(
                format!("`public/index.php` charge `{expected}`, absent de l’image finale\u{a0}: chaque requête échoue."),
                format!("`public/index.php` loads `{expected}`, which the final image lacks: every request fails."),
            ),
            StartProblem::AutoloadMissesCode { expected } => lang.pick(
                format!("L’autoloader de Composer cherche les classes de l’application dans `{expected}`, absent de l’image finale\u{a0}: «\u{a0}Class not found\u{a0}»."),
                format!("Composer’s autoloader looks for the application’s classes in `{expected}`, which the final image lacks: “Class not found”."),
            ),
            StartProblem::NoCaCertificates => lang.pick(
                "L’application appelle des services en HTTPS, mais l’image finale n’a pas de certificats CA\u{a0}: chaque appel échouera («\u{a0}x509: certificate signed by unknown authority\u{a0}».)".into(),
                "The application calls services over HTTPS, but the final image has no CA certificates: every call will fail (“x509: certificate signed by unknown authority”).".into(),
            ),
            StartProblem::NotWritable { path, user } => lang.pick(
                format!("L’application écrit dans `{path}`, mais elle tourne en tant que `{user}`, qui ne peut pas y écrire\u{a0}: donnez-lui ce dossier (`COPY --chown`, ou créez-le après `USER`)."),
                format!("The application writes to `{path}`, but it runs as `{user}`, who may not write there: give them that folder (`COPY --chown`, or create it after `USER`)."),
            ),
            StartProblem::NotReadable { path, user } => lang.pick(
                format!("`{path}` n’est pas lisible par `{user}`, l’utilisateur du conteneur («\u{a0}permission denied\u{a0}»)."),
                format!("`{path}` is not readable by `{user}`, the container’s user (“permission denied”)."),
            ),
        }
    }
}
