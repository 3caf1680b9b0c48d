//! What the simulation has to say about a build: what would make
//! `docker build` fail (blocking), and what it could not know (an unknown
//! command or image) or what Docker does silently (a `--chown` name that
//! is not there). Each kind has its French and English message.

use super::accounts::AccountError;
use super::tag::Tag;
use crate::i18n::Lang;
use crate::lint::Severity;

/// One remark, on the line of its instruction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub line: usize,
    pub kind: NoteKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoteKind {
    /// A `COPY` source that is not there.
    MissingSource {
        path: String,
        from: Option<String>,
    },
    /// A command whose program the stage does not have.
    MissingTool {
        tool: Tag,
        command: String,
    },
    /// A program that is nowhere on the `PATH` (exit 127).
    CommandNotFound {
        command: String,
    },
    /// A command that needs a file the stage does not hold.
    MissingFile {
        path: String,
        command: String,
    },
    /// `RUN --mount=type=secret,…,required` without that secret given to
    /// the build.
    MissingSecret {
        id: String,
    },
    /// `npm ci` fetching packages from a private registry without its
    /// credentials (npm's E401).
    RegistryUnauthorized {
        registry: String,
        command: String,
    },
    /// A build or test command without the dev dependencies it needs.
    MissingDevDependencies {
        command: String,
    },
    /// A compilation that needs gcc.
    MissingCompiler {
        command: String,
    },
    /// `apt-get install` before any `apt-get update`.
    NoPackageLists {
        command: String,
    },
    /// A command that asks a question, with no terminal to answer it.
    NeedsTerminal {
        command: String,
    },
    /// A shell form on an image without that shell.
    NoShell {
        shell: String,
    },
    /// Something of bash's in a script the image's `/bin/sh` runs.
    NotInShell {
        construct: &'static str,
        shell: &'static str,
    },
    /// The user may not write there (EACCES).
    PermissionDenied {
        path: String,
        folder: String,
        user: String,
        command: String,
    },
    /// A command only root may run, run as another user.
    NeedsRoot {
        command: String,
        user: String,
    },
    /// `mkdir` of a folder that exists, without `-p`.
    AlreadyExists {
        path: String,
        command: String,
    },
    /// `chown` to an account the stage does not have.
    ChownUnknown {
        error: AccountError,
        command: String,
    },
    /// `go build cmd/server`: without `./`, an import path of the standard library.
    NotAPackagePath {
        package: String,
        command: String,
    },
    /// `exit 1`, `false`, `! cmd` that succeeds: a failing status.
    ExitCode {
        command: String,
    },
    NegatedSuccess,
    /// `cmd &` (or `cmd &> file` under dash): run in the background and
    /// stopped when the `RUN` ends, its work lost.
    Backgrounded,
    /// A command failed, but the script went on and did not fail (`a; b`, `a || b`).
    IgnoredFailure {
        inner: Box<NoteKind>,
    },
    /// `RUN` as a `USER` that `/etc/passwd` does not have.
    RunAsUnknownUser {
        error: AccountError,
    },
    /// A `--chown` name (or `WORKDIR` under such a `USER`) that the stage
    /// does not have: BuildKit gives the files to root without a word.
    OwnerNotFound {
        error: AccountError,
        instruction: &'static str,
    },
    /// A `--chown` name in a stage with no file system yet (`FROM scratch`,
    /// or `COPY --link`): BuildKit stops ("invalid user index: -1").
    InvalidUserIndex {
        name: String,
    },
    /// `COPY a b dest` without the `/` that makes `dest` a folder.
    DestinationNotFolder {
        destination: String,
    },
    /// An instruction without what it needs (`COPY` with one path, `RUN` alone).
    MissingArguments {
        keyword: &'static str,
    },
    /// `--from` that names no stage BuildKit can use.
    UnresolvedFrom {
        written: String,
    },
    /// A `FROM` (or `--from`) that is no valid image reference once its
    /// variables are replaced (`node:-slim`).
    InvalidReference {
        reference: String,
    },
    /// A command the knowledge base does not know.
    UnknownCommand {
        command: String,
    },
    /// A base image the table does not know: its size is unknown.
    UnknownImage {
        image: String,
    },
    /// `COPY --from` an image the table does not know: its files are assumed there.
    UnknownImageFiles {
        image: String,
    },
}

impl Note {
    pub fn new(line: usize, kind: NoteKind) -> Note {
        Note { line, kind }
    }

    /// Whether the real build would fail here.
    pub fn blocks_build(&self) -> bool {
        !matches!(
            self.kind,
            NoteKind::UnknownCommand { .. }
                | NoteKind::DestinationNotFolder { .. }
                | NoteKind::UnknownImage { .. }
                | NoteKind::UnknownImageFiles { .. }
                | NoteKind::IgnoredFailure { .. }
                | NoteKind::OwnerNotFound { .. }
                | NoteKind::Backgrounded
        )
    }

    pub fn message(&self, lang: Lang) -> String {
        self.kind.message(lang)
    }

    /// How a view marks it: an error where it fails the build, else a remark.
    pub fn severity(&self) -> Severity {
        if self.blocks_build() {
            Severity::Error
        } else {
            Severity::Info
        }
    }
}

/// `node`, or `node:node`'s group, as the error names it.
fn account(error: &AccountError, lang: Lang) -> String {
    match error {
        AccountError::NoUser(name) => lang.pick(
            format!("aucun utilisateur «\u{a0}{name}\u{a0}» dans `/etc/passwd`"),
            format!("no user “{name}” in `/etc/passwd`"),
        ),
        AccountError::NoGroup(name) => lang.pick(
            format!("aucun groupe «\u{a0}{name}\u{a0}» dans `/etc/group`"),
            format!("no group “{name}” in `/etc/group`"),
        ),
    }
}

impl NoteKind {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            NoteKind::MissingSource { path, from: Some(from) } if !path.starts_with('/') => lang
                .pick(
                    format!("`{path}` n’existe pas dans `{from}`\u{a0}: la source de `COPY --from` part de la racine `/` du stage, pas de son WORKDIR."),
                    format!("`{path}` does not exist in `{from}`: a `COPY --from` source starts at the stage’s root `/`, not at its WORKDIR."),
                ),
            NoteKind::MissingSource { path, from: Some(from) } => lang.pick(
                format!("`{path}` n’existe pas dans `{from}` à ce moment du build."),
                format!("`{path}` does not exist in `{from}` at that point of the build."),
            ),
            NoteKind::MissingSource { path, from: None } => lang.pick(
                format!("`{path}` n’est pas dans le contexte de build (ou `.dockerignore` l’exclut)."),
                format!("`{path}` is not in the build context (or `.dockerignore` excludes it)."),
            ),
            NoteKind::MissingTool { tool: Tag::Pnpm, command } => lang.pick(
                format!("`{command}`\u{a0}: pnpm n’est pas installé dans les images Node.js, activez-le d’abord avec `corepack enable pnpm`."),
                format!("`{command}`: pnpm is not installed in Node.js images; enable it first with `corepack enable pnpm`."),
            ),
            NoteKind::MissingTool { tool, command } => lang.pick(
                format!("`{command}`\u{a0}: {} n’existe pas dans ce stage, choisissez une image de base qui le fournit.", tool.label(lang)),
                format!("`{command}`: there is no {} in this stage; pick a base image that provides it.", tool.label(lang)),
            ),
            NoteKind::CommandNotFound { command } => lang.pick(
                format!("`{command}`\u{a0}: ce programme n’existe pas dans ce stage («\u{a0}not found\u{a0}», code 127)."),
                format!("`{command}`: this program does not exist in this stage (“not found”, exit code 127)."),
            ),
            NoteKind::MissingSecret { id } => lang.pick(
                format!("Le build ne reçoit aucun secret `{id}` (`docker build --secret id={id},…`), et le montage le demande (`required`)\u{a0}: BuildKit s’arrête."),
                format!("The build is given no secret `{id}` (`docker build --secret id={id},…`), and the mount requires it (`required`): BuildKit stops."),
            ),
            NoteKind::RegistryUnauthorized { registry, command } => lang.pick(
                format!("`{command}` échoue («\u{a0}npm error code E401\u{a0}»)\u{a0}: npm ne trouve pas les identifiants de {registry} dans un `.npmrc` qu’il lit (`$HOME/.npmrc`, celui du projet, ou celui que nomme `NPM_CONFIG_USERCONFIG`)."),
                format!("`{command}` fails (“npm error code E401”): npm finds no credentials for {registry} in an `.npmrc` it reads (`$HOME/.npmrc`, the project’s, or the one `NPM_CONFIG_USERCONFIG` names)."),
            ),
            NoteKind::MissingFile { path, command } => lang.pick(
                format!("`{command}` a besoin de `{path}`, absent de ce stage à ce moment-là."),
                format!("`{command}` needs `{path}`, which this stage does not hold at that point."),
            ),
            NoteKind::MissingDevDependencies { command } => lang.pick(
                format!("`{command}` a besoin des dépendances de développement (TypeScript, Jest…), non installées dans ce stage."),
                format!("`{command}` needs the development dependencies (TypeScript, Jest…), not installed in this stage."),
            ),
            NoteKind::MissingCompiler { command } => lang.pick(
                format!("`{command}` compile du code C\u{a0}: il faut gcc dans ce stage (une image complète, ou `apt-get install build-essential`)."),
                format!("`{command}` compiles C code: this stage needs gcc (a full image, or `apt-get install build-essential`)."),
            ),
            NoteKind::NoPackageLists { command } => lang.pick(
                format!("`{command}` sans `apt-get update` avant, dans le même RUN\u{a0}: les listes de paquets de l’image sont vides."),
                format!("`{command}` without `apt-get update` first, in the same RUN: the image’s package lists are empty."),
            ),
            NoteKind::NeedsTerminal { command } => lang.pick(
                format!("`{command}` demande une confirmation, et un build n’a pas de terminal pour répondre\u{a0}: apt abandonne. Ajoutez `-y`."),
                format!("`{command}` asks for a confirmation, and a build has no terminal to answer it: apt aborts. Add `-y`."),
            ),
            NoteKind::NoShell { shell } => lang.pick(
                format!("Ce stage n’a pas de `{shell}`\u{a0}: une instruction en forme shell ne peut pas s’y exécuter (scratch, distroless). Faites ce travail dans un autre stage, ou écrivez-la en JSON."),
                format!("This stage has no `{shell}`: a shell-form instruction cannot run there (scratch, distroless). Do that work in another stage, or write it in JSON."),
            ),
            NoteKind::NotInShell { construct, shell } => lang.pick(
                format!("`{construct}` n’existe qu’en bash, et ce `RUN` passe par `/bin/sh` ({shell})\u{a0}: écrivez-le en shell POSIX (`[ … ]`, `.`), ou choisissez bash avec `SHELL [\"/bin/bash\", \"-c\"]`."),
                format!("`{construct}` exists only in bash, and this `RUN` goes through `/bin/sh` ({shell}): write it in POSIX shell (`[ … ]`, `.`), or choose bash with `SHELL [\"/bin/bash\", \"-c\"]`."),
            ),
            NoteKind::PermissionDenied { path, folder, user, command } => lang.pick(
                format!("`{command}` tourne en tant que `{user}` et doit écrire `{path}`, mais `{folder}` ne lui appartient pas («\u{a0}EACCES: permission denied\u{a0}»)\u{a0}: placez `USER` après, créez le dossier avec `USER` déjà posé, ou donnez-le avec `COPY --chown`."),
                format!("`{command}` runs as `{user}` and must write `{path}`, but `{folder}` is not theirs (“EACCES: permission denied”): set `USER` later, create the folder once `USER` is set, or hand it over with `COPY --chown`."),
            ),
            NoteKind::NeedsRoot { command, user } => lang.pick(
                format!("`{command}` demande root, et ce `RUN` tourne en tant que `{user}`\u{a0}: faites-le avant le `USER`."),
                format!("`{command}` needs root, and this `RUN` runs as `{user}`: do it before the `USER`."),
            ),
            NoteKind::AlreadyExists { path, command } => lang.pick(
                format!("`{command}`\u{a0}: `{path}` existe déjà (ajoutez `-p`)."),
                format!("`{command}`: `{path}` already exists (add `-p`)."),
            ),
            NoteKind::ChownUnknown { error, command } => lang.pick(
                format!("`{command}`\u{a0}: {}.", account(error, lang)),
                format!("`{command}`: {}.", account(error, lang)),
            ),
            NoteKind::NotAPackagePath { package, command } => lang.pick(
                format!("`{command}`\u{a0}: sans `./`, `{package}` est un chemin d’import, celui d’un paquet de la bibliothèque standard qui n’existe pas («\u{a0}package {package} is not in std\u{a0}»). Écrivez `./{package}`."),
                format!("`{command}`: without `./`, `{package}` is an import path, that of a standard-library package that does not exist (“package {package} is not in std”). Write `./{package}`."),
            ),
            NoteKind::ExitCode { command } => lang.pick(
                format!("`{command}` termine le script en échec."),
                format!("`{command}` ends the script with a failure."),
            ),
            NoteKind::NegatedSuccess => lang.pick(
                "Une commande rend un code d’échec.".to_string(),
                "A command returns a failure status.".to_string(),
            ),
            NoteKind::Backgrounded => lang.pick(
                "Une commande part en arrière-plan (`&`, ou `&>` que `/bin/sh` lit comme `&` puis `>`)\u{a0}: le RUN ne l’attend pas, et elle est arrêtée quand il se termine. Son travail est perdu.".to_string(),
                "A command goes to the background (`&`, or `&>`, which `/bin/sh` reads as `&` then `>`): the RUN does not wait for it, and it is stopped when the RUN ends. Its work is lost.".to_string(),
            ),
            NoteKind::IgnoredFailure { inner } => lang.pick(
                format!("Cette commande échoue, mais le script continue (`;` ou `||`) et le RUN réussit quand même\u{a0}: {}", inner.message(lang)),
                format!("This command fails, but the script goes on (`;` or `||`) and the RUN still succeeds: {}", inner.message(lang)),
            ),
            NoteKind::RunAsUnknownUser { error } => lang.pick(
                format!("Ce `RUN` doit tourner sous le `USER` du stage, mais il y a {}\u{a0}: «\u{a0}unable to find user\u{a0}», le build s’arrête.", account(error, lang)),
                format!("This `RUN` must run as the stage’s `USER`, but there is {}: “unable to find user”, the build stops.", account(error, lang)),
            ),
            NoteKind::OwnerNotFound { error, instruction } => lang.pick(
                format!("`{instruction}`\u{a0}: {} à ce moment du build, et BuildKit donne alors les fichiers à root (0:0) sans rien dire.", account(error, lang)),
                format!("`{instruction}`: {} at this point of the build, so BuildKit gives the files to root (0:0) without a word.", account(error, lang)),
            ),
            NoteKind::InvalidUserIndex { name } => lang.pick(
                format!("`--chown={name}` sur un stage qui n’a encore aucun fichier (pas de `/etc/passwd`)\u{a0}: BuildKit s’arrête («\u{a0}invalid user index: -1\u{a0}»). Donnez un identifiant numérique."),
                format!("`--chown={name}` on a stage that has no file yet (no `/etc/passwd`): BuildKit stops (“invalid user index: -1”). Give a numeric id."),
            ),
            NoteKind::DestinationNotFolder { destination } => lang.pick(
                format!("Avec plusieurs sources, terminez la destination par `/` (`{destination}/`)\u{a0}: BuildKit copie dans ce dossier, mais l’ancien builder refuse la ligne."),
                format!("With several sources, end the destination with `/` (`{destination}/`): BuildKit copies into that folder, but the legacy builder refuses the line."),
            ),
            NoteKind::MissingArguments { keyword } => lang.pick(
                format!("`{keyword}` sans tout ce qu’il lui faut\u{a0}: BuildKit refusera cette ligne (`COPY source destination`, `RUN commande`, `WORKDIR dossier`)."),
                format!("`{keyword}` lacks what it needs: BuildKit will refuse this line (`COPY source destination`, `RUN command`, `WORKDIR folder`)."),
            ),
            NoteKind::UnresolvedFrom { written } => lang.pick(
                format!("`{written}` (dans `--from` ou `--mount …,from=`) ne désigne aucun stage utilisable."),
                format!("`{written}` (in `--from` or `--mount …,from=`) names no usable stage."),
            ),
            NoteKind::InvalidReference { reference } => lang.pick(
                format!("`{reference}` n’est pas un nom d’image valide («\u{a0}invalid reference format\u{a0}»)\u{a0}: une variable y est vide ou inconnue. Déclarez-la avec une valeur par défaut avant le premier `FROM`."),
                format!("`{reference}` is not a valid image name (“invalid reference format”): a variable in it is empty or unknown. Declare it with a default value before the first `FROM`."),
            ),
            NoteKind::UnknownCommand { command } => lang.pick(
                format!("`{command}`\u{a0}: le correcteur ne connaît pas cette commande et ne devine pas ce qu’elle produit."),
                format!("`{command}`: the checker does not know this command and does not guess what it produces."),
            ),
            NoteKind::UnknownImageFiles { image } => lang.pick(
                format!("`{image}`\u{a0}: le correcteur ne connaît pas le contenu de cette image et suppose que les fichiers copiés y sont."),
                format!("`{image}`: the checker does not know this image’s contents and assumes the copied files are there."),
            ),
            NoteKind::UnknownImage { image } => lang.pick(
                format!("`{image}`\u{a0}: image absente du tableau des images, sa taille et son contenu sont inconnus."),
                format!("`{image}`: an image missing from the image table, so its size and contents are unknown."),
            ),
        }
    }
}
