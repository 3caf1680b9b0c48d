//! UndefinedVar: a `$VARIABLE` in ENV, COPY, ADD, WORKDIR, LABEL, USER,
//! EXPOSE, VOLUME, STOPSIGNAL or an ARG default that nothing defines at that
//! point — typically a global `ARG` used in a stage that did not redeclare it.
//! As BuildKit, shell-form RUN, CMD and ENTRYPOINT are not checked (the shell
//! expands them at run time). When the base image's own variables are
//! unknown, only global ARGs used out of scope are reported.

use std::borrow::Cow;
use std::collections::BTreeSet;

use crate::dockerfile::{Instruction, Keyword, Text};
use crate::graph::{BaseKind, StageGraph, mount_fields};
use crate::image_ref::ImageRef;
use crate::lint::image_env;
use crate::lint::suggest::closest;
use crate::lint::{Context, Diagnostic, Message, Origin, Rule, Severity};
use crate::shell::{Env, Lexer};

pub static RULE: Rule = Rule {
    code: "UndefinedVar",
    severity: Severity::Warning,
    origin: Origin::BuildkitCheck,
    hadolint: &[],
    summary: (
        "Une variable qu’aucun ARG ni ENV ne définit à cet endroit.",
        "A variable no ARG or ENV defines at that point.",
    ),
    check,
};

/// The names defined at some point of a stage.
#[derive(Clone, Default)]
struct Scope {
    names: BTreeSet<String>,
    /// Whether the base image's variables are all known.
    complete: bool,
}

impl Env for Scope {
    fn get(&self, name: &str) -> Option<&str> {
        self.names.contains(name).then_some("")
    }
}

fn base_scope(graph: &StageGraph, stage: usize, ends: &[Scope]) -> Scope {
    let stage = &graph.stages[stage];
    match stage.base_kind {
        BaseKind::Stage(parent) => ends[parent].clone(),
        BaseKind::Scratch => Scope {
            names: image_env::scratch_variables().map(String::from).collect(),
            complete: true,
        },
        BaseKind::Image => {
            let known = ImageRef::parse(&stage.base)
                .ok()
                .and_then(|image| image.official_name())
                .and_then(image_env::variables_of);
            match known {
                Some(variables) => Scope {
                    names: variables.map(String::from).collect(),
                    complete: true,
                },
                None => Scope {
                    names: image_env::scratch_variables().map(String::from).collect(),
                    complete: false,
                },
            }
        }
    }
}

/// The words BuildKit expands in this instruction and reports unmatched
/// variables of: those of the commands with an `Expand` method in
/// BuildKit's `instructions/commands.go`. `EXPOSE` is expanded apart, its
/// unmatched names dropped, so it is not here.
pub(super) fn expanded_words<'i>(instruction: &'i Instruction<'_>) -> Vec<Cow<'i, str>> {
    let command = &instruction.command;
    let borrowed = |words: &'i [Text<'_>]| words.iter().map(|w| Cow::Borrowed(w.as_ref()));
    match command.kind() {
        // And the bodies of heredocs whose delimiter is not quoted.
        Some(Keyword::Copy) => borrowed(&command.args)
            .chain(command.flag("chown").map(Cow::Borrowed))
            .chain(command.flag("chmod").map(Cow::Borrowed))
            .chain(expanded_heredocs(instruction))
            .collect(),
        Some(Keyword::Add) => borrowed(&command.args)
            .chain(command.flag("chown").map(Cow::Borrowed))
            .chain(command.flag("chmod").map(Cow::Borrowed))
            .chain(command.flag("checksum").map(Cow::Borrowed))
            .chain(expanded_heredocs(instruction))
            .collect(),
        // Mount options are expanded one value at a time.
        Some(Keyword::Run) => command
            .flags
            .iter()
            .filter_map(|flag| flag.strip_prefix("--mount="))
            .flat_map(mount_fields)
            .filter_map(|field| {
                field
                    .split_once('=')
                    .map(|(_, value)| Cow::Owned(value.to_string()))
            })
            .collect(),
        Some(
            Keyword::Env
            | Keyword::Label
            | Keyword::Stopsignal
            | Keyword::User
            | Keyword::Volume
            | Keyword::Workdir,
        ) => borrowed(&command.args).collect(),
        Some(Keyword::Arg) => command
            .args
            .iter()
            .filter_map(|word| word.split_once('=').map(|(_, value)| Cow::Borrowed(value)))
            .collect(),
        _ => Vec::new(),
    }
}

/// The heredoc bodies BuildKit expands: those of `COPY`/`ADD` with an
/// unquoted delimiter.
fn expanded_heredocs<'i>(instruction: &'i Instruction<'_>) -> impl Iterator<Item = Cow<'i, str>> {
    instruction
        .heredocs
        .iter()
        .filter(|heredoc| heredoc.expand)
        .map(|heredoc| Cow::Borrowed(heredoc.content))
}

/// Names an instruction defines for what follows.
fn defined_names(instruction: &Instruction<'_>) -> Vec<String> {
    let command = &instruction.command;
    match command.kind() {
        Some(Keyword::Env) => command
            .args
            .iter()
            .step_by(2)
            .map(|k| k.to_string())
            .collect(),
        Some(Keyword::Arg) => command
            .args
            .iter()
            .map(|word| {
                word.split_once('=')
                    .map_or(word.as_ref(), |(name, _)| name)
                    .to_string()
            })
            .collect(),
        _ => Vec::new(),
    }
}

fn check(cx: &Context<'_, '_>, out: &mut Vec<Diagnostic>) {
    let Some(graph) = cx.graph() else { return };
    let uses_variables = |stage: &crate::graph::Stage| {
        stage.instructions.clone().any(|i| {
            expanded_words(cx.instruction(i))
                .iter()
                .any(|w| w.contains('$'))
        })
    };
    // Most files use no variable where BuildKit expands them: nothing to follow.
    if !graph.stages.iter().any(uses_variables) {
        return;
    }
    let lexer = Lexer::new(cx.dockerfile.escape);
    let globals: BTreeSet<&str> = graph
        .global_args
        .iter()
        .map(|arg| arg.name.as_str())
        .collect();
    let mut ends: Vec<Scope> = Vec::with_capacity(graph.stages.len());
    for stage in &graph.stages {
        let mut scope = base_scope(graph, stage.index, &ends);
        for index in stage.instructions.clone().skip(1) {
            let instruction = cx.instruction(index);
            for word in expanded_words(instruction)
                .into_iter()
                .filter(|w| w.contains('$'))
            {
                let Ok(expansion) = lexer.process_word(&word, &scope) else {
                    continue;
                };
                // Each word is a call of BuildKit's expander, which reports its own names.
                for name in expansion.unmatched {
                    let out_of_scope_global = globals.contains(name.as_str());
                    if !(scope.complete || out_of_scope_global) {
                        continue;
                    }
                    out.push(report(cx, index, &name, out_of_scope_global, &scope));
                }
            }
            scope.names.extend(defined_names(instruction));
        }
        ends.push(scope);
    }
}

fn report(
    cx: &Context<'_, '_>,
    index: usize,
    name: &str,
    global: bool,
    scope: &Scope,
) -> Diagnostic {
    let span = cx
        .try_find(index, &format!("${{{name}"))
        .or_else(|| cx.try_find(index, &format!("${name}")))
        .unwrap_or_else(|| cx.first_line(index));
    let (message, help) = if global {
        (
            Message::new(
                format!(
                    "`${name}` est un `ARG` déclaré avant le premier `FROM`\u{a0}: il ne sert qu’aux lignes `FROM`. Dans ce stage, il vaut une chaîne vide."
                ),
                format!(
                    "`${name}` is an `ARG` declared before the first `FROM`: it only serves `FROM` lines. In this stage it is an empty string."
                ),
            ),
            Message::new(
                format!(
                    "Redéclarez-le dans le stage, sans valeur, avant de l’utiliser\u{a0}: `ARG {name}`."
                ),
                format!(
                    "Declare it again in the stage, without a value, before using it: `ARG {name}`."
                ),
            ),
        )
    } else {
        let help = match closest(name, scope.names.iter().map(String::as_str)) {
            Some(close) => Message::new(
                format!("Vouliez-vous écrire `${close}`\u{202f}?"),
                format!("Did you mean `${close}`?"),
            ),
            None => Message::new(
                format!("Définissez-la avant\u{a0}: `ARG {name}` ou `ENV {name}=…`."),
                format!("Define it first: `ARG {name}` or `ENV {name}=…`."),
            ),
        };
        (
            Message::new(
                format!(
                    "`${name}` n’est défini par aucun `ARG` ni `ENV` à cet endroit\u{a0}: il vaudra une chaîne vide."
                ),
                format!(
                    "`${name}` is not defined by any `ARG` or `ENV` at this point: it will be an empty string."
                ),
            ),
            help,
        )
    };
    cx.report(&RULE, index, span, message, help)
}

#[cfg(test)]
mod tests {
    use crate::lint::testing::lines;

    #[test]
    fn a_global_arg_used_in_a_stage_without_redeclaring_it() {
        let text = "ARG VERSION=1.0\nFROM debian:12\nENV APP_VERSION=$VERSION\nARG VERSION\nLABEL version=$VERSION\n";
        assert_eq!(lines("UndefinedVar", text), [3]);
    }

    #[test]
    fn variables_nothing_defines_when_the_base_is_known() {
        let text =
            "FROM scratch\nCOPY $foo /x\nFROM golang:1.26\nWORKDIR $GOPATH/src\nCOPY $bar /y\n";
        assert_eq!(lines("UndefinedVar", text), [2, 5]);
    }

    #[test]
    fn inherited_args_env_path_and_shell_form_are_fine() {
        let text = "\
FROM alpine:3.20 AS base
ARG USER=app
ENV HOME_DIR=/home/app
FROM base
COPY --chown=${USER} x $HOME_DIR/
ENV PATH=/opt/bin:$PATH
RUN echo $UNDEFINED_IN_SHELL
";
        assert!(lines("UndefinedVar", text).is_empty());
    }

    #[test]
    fn unknown_base_images_are_given_the_benefit_of_the_doubt() {
        let text =
            "ARG TAG=1\nFROM dunglas/frankenphp:1-php8.4\nCOPY php.ini $PHP_INI_DIR/\nENV V=$TAG\n";
        assert_eq!(lines("UndefinedVar", text), [4]);
    }

    #[test]
    fn what_buildkit_expands_and_reports() {
        // EXPOSE is expanded, its unmatched names dropped.
        assert!(lines("UndefinedVar", "FROM alpine:3.20\nEXPOSE $PORT\n").is_empty());
        // ENV keys, ADD --checksum and --mount values are expanded and reported.
        let text = "FROM alpine:3.20\nADD --checksum=$SUM https://x/y /y\nRUN --mount=type=cache,target=$CACHE true\n";
        assert_eq!(lines("UndefinedVar", text), [2, 3]);
        // COPY heredocs are expanded unless the delimiter is quoted; RUN's never.
        let text = "FROM alpine:3.20\nCOPY <<EOF /a\n$varB\nEOF\nCOPY <<\"EOF\" /b\n$varC\nEOF\nRUN <<EOF\necho $varD\nEOF\n";
        assert_eq!(lines("UndefinedVar", text), [2]);
        // One report per word, as BuildKit calls its expander per word.
        assert_eq!(
            lines("UndefinedVar", "FROM alpine:3.20\nCOPY $foo $foo/\n"),
            [2, 2]
        );
    }
}
