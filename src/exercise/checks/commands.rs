//! Checks on what runs: tests in a stage, how the final image starts, and
//! whether the build as simulated would succeed at all.

use serde::Deserialize;

use super::{Evaluate, Outcome, Subject};
use crate::i18n::Lang;
use crate::simulate::fs;

/// The stage runs the tests (a known test command in a `RUN`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RunsTests {
    pub stage: String,
}

impl Evaluate for RunsTests {
    fn evaluate(&self, subject: &Subject<'_, '_>) -> Outcome {
        let Some(stage) = subject.stage(&self.stage) else {
            return Outcome::fail(
                format!(
                    "Aucun stage ne s’appelle «\u{a0}{}\u{a0}» (stages\u{a0}: {}).",
                    self.stage,
                    subject.stage_names()
                ),
                format!(
                    "No stage is named “{}” (stages: {}).",
                    self.stage,
                    subject.stage_names()
                ),
            );
        };
        Outcome::unless(
            subject.simulation.stages[stage.index].runs_tests,
            format!(
                "Le stage «\u{a0}{}\u{a0}» ne lance aucune commande de test (`npm test`, `go test`, `pytest`…).",
                self.stage
            ),
            format!(
                "The stage “{}” runs no test command (`npm test`, `go test`, `pytest`…).",
                self.stage
            ),
        )
    }
}

/// The final stage's `CMD` or `ENTRYPOINT` is in exec (JSON) form.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExecForm {}

impl Evaluate for ExecForm {
    fn evaluate(&self, subject: &Subject<'_, '_>) -> Outcome {
        let start = &subject.simulation.image().start;
        let written: Vec<_> = [&start.entrypoint, &start.cmd]
            .into_iter()
            .flatten()
            .filter(|command| command.written)
            .collect();
        if written.is_empty() {
            return Outcome::fail(
                "Le stage final n’a ni `CMD` ni `ENTRYPOINT`.",
                "The final stage has neither `CMD` nor `ENTRYPOINT`.",
            );
        }
        let shell: Vec<String> = written
            .iter()
            .filter(|command| !command.exec)
            .map(|command| command.line.to_string())
            .collect();
        Outcome::unless(
            shell.is_empty(),
            format!(
                "Ligne {}\u{a0}: forme shell. Écrivez `CMD [\"programme\", \"argument\"]`.",
                shell.join(", ")
            ),
            format!(
                "Line {}: shell form. Write `CMD [\"program\", \"argument\"]`.",
                shell.join(", ")
            ),
        )
    }
}

/// Programs the checker expects to find in the image when a start command names them.
const RUNTIMES: [(&str, &str); 5] = [
    ("node", "node"),
    ("python", "python"),
    ("python3", "python"),
    ("php", "php"),
    ("java", "java"),
];

/// Whether a word of a start command names a file.
fn looks_like_path(word: &str) -> bool {
    const EXTENSIONS: [&str; 8] = [".js", ".mjs", ".cjs", ".py", ".php", ".jar", ".sh", ".ts"];
    !word.starts_with('-')
        && !word.contains("://")
        && !word.contains('=')
        && (word.contains('/') || EXTENSIONS.iter().any(|ext| word.ends_with(ext)))
}

/// The start command names files the final image holds.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Starts {}

impl Evaluate for Starts {
    fn evaluate(&self, subject: &Subject<'_, '_>) -> Outcome {
        let image = subject.simulation.image();
        let start = &image.start;
        // A shell-form ENTRYPOINT ignores CMD; an exec one gets CMD appended.
        // Words the base image itself supplies (distroless's `node`) are trusted.
        let mut words: Vec<(String, bool)> = Vec::new();
        let mut shell_form = false;
        if let Some(entrypoint) = &start.entrypoint {
            words.extend(
                entrypoint
                    .words
                    .iter()
                    .map(|w| (w.clone(), entrypoint.written)),
            );
            shell_form = !entrypoint.exec;
        }
        if let Some(cmd) = &start.cmd
            && !shell_form
        {
            if start.entrypoint.is_none() {
                shell_form = !cmd.exec;
            } else if !cmd.exec {
                // Docker appends a shell-form CMD as `/bin/sh -c "…"`.
                words.push(("/bin/sh".into(), true));
                words.push(("-c".into(), true));
            }
            words.extend(cmd.words.iter().map(|w| (w.clone(), cmd.written)));
        }
        if words.is_empty() {
            return Outcome::fail(
                "L’image finale ne dit pas quoi lancer\u{a0}: ajoutez un `CMD`.",
                "The final image does not say what to run: add a `CMD`.",
            );
        }
        let no_shell =
            image.base.image == "scratch" || (image.base.row.is_some() && !image.has("shell"));
        if shell_form && no_shell {
            return Outcome::fail(
                "La commande de démarrage est en forme shell, mais l’image finale n’a pas de shell\u{a0}: passez à la forme JSON.",
                "The start command is in shell form, but the final image has no shell: use the JSON form.",
            );
        }
        let (program, program_written) = (words[0].0.as_str(), words[0].1);
        if let Some((_, tag)) = RUNTIMES.iter().find(|(name, _)| *name == program)
            && program_written
            && image.base.row.is_some()
            && !image.has(tag)
        {
            return Outcome::fail(
                format!(
                    "`{program}` n’existe pas dans l’image finale (`{}`).",
                    image.base.image
                ),
                format!(
                    "There is no `{program}` in the final image (`{}`).",
                    image.base.image
                ),
            );
        }
        // After an interpreter the image supplies (distroless: `node`), the
        // first word of CMD is the script it runs, whatever it looks like.
        let script_after_interpreter = start
            .entrypoint
            .as_ref()
            .filter(|entrypoint| !entrypoint.written)
            .map(|entrypoint| entrypoint.words.len());
        for (position, (word, written)) in words.iter().enumerate() {
            let is_script = script_after_interpreter == Some(position);
            if !written || !(is_script || looks_like_path(word)) {
                continue;
            }
            let path = fs::resolve(&image.workdir, word);
            let Some(entry) = image.files.find(&path) else {
                return Outcome::fail(
                    format!("`{word}` (soit `{path}`) n’existe pas dans l’image finale."),
                    format!("`{word}` (that is `{path}`) does not exist in the final image."),
                );
            };
            if entry.has("dynamic-binary") && !image.has("glibc") {
                return Outcome::fail(
                    format!(
                        "`{path}` est lié dynamiquement à la glibc, absente de l’image finale\u{a0}: compilez avec `CGO_ENABLED=0`."
                    ),
                    format!(
                        "`{path}` is dynamically linked against glibc, which the final image lacks: build with `CGO_ENABLED=0`."
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

/// Nothing in the simulated build would make `docker build` fail.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Builds {}

impl Evaluate for Builds {
    fn evaluate(&self, subject: &Subject<'_, '_>) -> Outcome {
        let blocking: Vec<_> = subject
            .simulation
            .notes(subject.graph)
            .into_iter()
            .filter(|note| note.blocks_build())
            .collect();
        let errors: Vec<_> = subject
            .diagnostics
            .iter()
            .filter(|diagnostic| diagnostic.severity == crate::lint::Severity::Error)
            .collect();
        if blocking.is_empty() && errors.is_empty() {
            return Outcome::pass();
        }
        let list = |lang: Lang| {
            let mut lines: Vec<(usize, String)> = blocking
                .iter()
                .map(|note| (note.line, note.message(lang)))
                .chain(
                    errors
                        .iter()
                        .map(|d| (d.line, d.message.get(lang).to_string())),
                )
                .collect();
            lines.sort_by_key(|(line, _)| *line);
            let word = lang.pick("ligne", "line");
            lines
                .into_iter()
                .take(3)
                .map(|(line, message)| format!("{word} {line}{}{message}", lang.colon()))
                .collect::<Vec<_>>()
                .join(" ")
        };
        Outcome::fail(list(Lang::Fr), list(Lang::En))
    }
}
