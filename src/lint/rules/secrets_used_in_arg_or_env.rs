//! SecretsUsedInArgOrEnv: an `ARG` or `ENV` whose name says it holds a
//! secret (`GITHUB_TOKEN`, `DB_PASSWORD`). ARG and ENV values stay in the
//! image's history and metadata, readable by anyone who pulls it.

use crate::dockerfile::Keyword;
use crate::lint::{Context, Diagnostic, Message, Origin, Rule, Severity};

pub static RULE: Rule = Rule {
    code: "SecretsUsedInArgOrEnv",
    severity: Severity::Warning,
    origin: Origin::BuildkitCheck,
    hadolint: &[],
    summary: (
        "Un ARG ou ENV qui semble contenir un secret.",
        "An ARG or ENV that seems to hold a secret.",
    ),
    check,
};

const SECRET_WORDS: &[&str] = &[
    "apikey",
    "auth",
    "credential",
    "credentials",
    "key",
    "password",
    "pword",
    "passwd",
    "secret",
    "token",
];

/// Words that say the value is not the secret itself (`PUBLIC_KEY`, `PASSWORD_FILE`).
const ALLOWED_WORDS: &[&str] = &["public", "file", "version"];

/// BuildKit's test: one `_`-separated word is a secret word, none an allowed one.
fn looks_secret(name: &str) -> bool {
    let words: Vec<String> = name.split('_').map(str::to_ascii_lowercase).collect();
    words
        .iter()
        .any(|word| SECRET_WORDS.contains(&word.as_str()))
        && !words
            .iter()
            .any(|word| ALLOWED_WORDS.contains(&word.as_str()))
}

fn check(cx: &Context<'_, '_>, out: &mut Vec<Diagnostic>) {
    // BuildKit checks the ARGs and ENVs of stages, not the global ARGs.
    let Some(first_from) = cx.stages().first().map(|stage| stage.instructions.start) else {
        return;
    };
    for (index, instruction) in cx
        .dockerfile
        .instructions
        .iter()
        .enumerate()
        .skip(first_from)
    {
        let command = &instruction.command;
        let (kind, names): (&str, Vec<&str>) = match command.kind() {
            Some(Keyword::Arg) => (
                "ARG",
                command
                    .args
                    .iter()
                    .map(|word| word.split_once('=').map_or(word.as_ref(), |(name, _)| name))
                    .collect(),
            ),
            Some(Keyword::Env) => (
                "ENV",
                command.args.iter().step_by(2).map(AsRef::as_ref).collect(),
            ),
            _ => continue,
        };
        for name in names.into_iter().filter(|name| looks_secret(name)) {
            out.push(cx.report(
                &RULE,
                index,
                cx.find(index, name),
                Message::new(
                    format!("`{kind} {name}` semble contenir un secret\u{a0}: les valeurs d’`ARG` et d’`ENV` restent lisibles dans l’historique et les métadonnées de l’image."),
                    format!("`{kind} {name}` seems to hold a secret: `ARG` and `ENV` values stay readable in the image's history and metadata."),
                ),
                Message::new(
                    "Passez-le en secret de build\u{a0}: `RUN --mount=type=secret,id=token …` et `docker build --secret id=token,…`.",
                    "Pass it as a build secret: `RUN --mount=type=secret,id=token …` and `docker build --secret id=token,…`.",
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::looks_secret;
    use crate::lint::testing::lines;

    #[test]
    fn secret_words_between_underscores() {
        for secret in [
            "GITHUB_TOKEN",
            "DB_PASSWORD",
            "API_KEY",
            "apikey",
            "AWS_SECRET_ACCESS",
        ] {
            assert!(looks_secret(secret), "{secret}");
        }
        for plain in [
            "PUBLIC_KEY",
            "NODE_ENV",
            "TOKENIZER_VERSION",
            "KEYBOARD",
            "PASSWORD_FILE",
        ] {
            assert!(!looks_secret(plain), "{plain}");
        }
    }

    #[test]
    fn fires_on_arg_and_env_names() {
        let text = "FROM alpine:3.20\nARG GITHUB_TOKEN\nENV DB_PASSWORD=x NODE_ENV=production\nARG PUBLIC_KEY\n";
        assert_eq!(lines("SecretsUsedInArgOrEnv", text), [2, 3]);
    }

    #[test]
    fn global_args_are_not_checked_as_in_buildkit() {
        let text = "ARG GITHUB_TOKEN
FROM alpine:3.20
ARG GITHUB_TOKEN
";
        assert_eq!(lines("SecretsUsedInArgOrEnv", text), [3]);
    }
}
