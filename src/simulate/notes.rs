//! What the simulation has to say about a build: what would make
//! `docker build` fail (blocking), and what it could not know (an unknown
//! command or image). Each kind has its French and English message.

use crate::i18n::Lang;

/// One remark, on the line of its instruction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub line: usize,
    pub kind: NoteKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoteKind {
    /// A `COPY` source that is not there.
    MissingSource { path: String, from: Option<String> },
    /// A command whose program the stage does not have.
    MissingTool { tool: &'static str, command: String },
    /// A command that needs a file the stage does not hold.
    MissingFile { path: String, command: String },
    /// A build or test command without the dev dependencies it needs.
    MissingDevDependencies { command: String },
    /// A compilation that needs gcc.
    MissingCompiler { command: String },
    /// `apt-get install` before any `apt-get update`.
    NoPackageLists { command: String },
    /// A shell-form `RUN` on an image without a shell.
    NoShell,
    /// `COPY a b dest` without the `/` that makes `dest` a folder.
    DestinationNotFolder { destination: String },
    /// An instruction without what it needs (`COPY` with one path, `RUN` alone).
    MissingArguments { keyword: &'static str },
    /// `--from` that names no stage BuildKit can use.
    UnresolvedFrom { written: String },
    /// A command the knowledge base does not know.
    UnknownCommand { command: String },
    /// A base image the table does not know: its size is unknown.
    UnknownImage { image: String },
    /// `COPY --from` an image the table does not know: its files are assumed there.
    UnknownImageFiles { image: String },
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
        )
    }

    pub fn message(&self, lang: Lang) -> String {
        match &self.kind {
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
            NoteKind::MissingTool { tool: "pnpm", command } => lang.pick(
                format!("`{command}`\u{a0}: pnpm n’est pas installé dans les images Node.js, activez-le d’abord avec `corepack enable pnpm`."),
                format!("`{command}`: pnpm is not installed in Node.js images; enable it first with `corepack enable pnpm`."),
            ),
            NoteKind::MissingTool { tool, command } => lang.pick(
                format!("`{command}`\u{a0}: `{tool}` n’existe pas dans ce stage, choisissez une image de base qui le fournit."),
                format!("`{command}`: there is no `{tool}` in this stage; pick a base image that provides it."),
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
            NoteKind::NoShell => lang.pick(
                "Un RUN en forme shell sur une image sans shell (scratch, distroless)\u{a0}: il échouera. Faites ce travail dans un autre stage.".to_string(),
                "A shell-form RUN on an image without a shell (scratch, distroless): it will fail. Do that work in another stage.".to_string(),
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
            NoteKind::UnknownCommand { command } => lang.pick(
                format!("`{command}`\u{a0}: le correcteur ne connaît pas cette commande et ne devine pas ce qu’elle produit."),
                format!("`{command}`: the checker does not know this command and does not guess what it produces."),
            ),
            NoteKind::UnknownImageFiles { image } => lang.pick(
                format!("`{image}`\u{a0}: le correcteur ne connaît pas le contenu de cette image et suppose que les fichiers copiés y sont."),
                format!("`{image}`: the checker does not know this image’s contents and assumes the copied files are there."),
            ),
            NoteKind::UnknownImage { image } => lang.pick(
                format!("`{image}`\u{a0}: image absente du tableau des tailles, la taille estimée est incomplète."),
                format!("`{image}`: an image missing from the size table, so the estimate is incomplete."),
            ),
        }
    }
}
