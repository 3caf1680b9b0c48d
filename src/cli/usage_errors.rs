//! Mistakes on the command line, told in the interface language. clap
//! explains them in English; in French, the common kinds (an unknown
//! command or option, a missing or invalid value) are rebuilt from the
//! context clap gathered: the same facts, suggestions and usage line.

use clap::error::{ContextKind, ContextValue, Error, ErrorKind};

use crate::i18n::Lang;

/// The message for a command line clap rejected, without escaping.
pub(super) fn describe(error: &Error, lang: Lang) -> String {
    let english = || error.render().to_string();
    if lang == Lang::En {
        return english();
    }
    let Some(problem) = french_problem(error) else {
        return english();
    };
    let mut text = format!("erreur\u{a0}: {problem}");
    for suggestion in suggestions(error) {
        text.push_str(&format!(
            "\n\n  Vouliez-vous dire «\u{a0}{suggestion}\u{a0}»\u{202f}?"
        ));
    }
    if let Some(ContextValue::StyledStr(usage)) = error.get(ContextKind::Usage) {
        let usage = usage.to_string();
        let usage = usage.trim().trim_start_matches("Usage:").trim();
        text.push_str(&format!("\n\nUtilisation\u{a0}: {usage}"));
    }
    text.push_str("\n\nPour en savoir plus, ajoutez --help à la commande.");
    text
}

/// What went wrong, in French, for the kinds a person runs into.
fn french_problem(error: &Error) -> Option<String> {
    let text = |kind| match error.get(kind) {
        Some(ContextValue::String(value)) => Some(value.clone()),
        Some(ContextValue::Strings(values)) => Some(values.join(", ")),
        _ => None,
    };
    let quoted = |value: String| format!("«\u{a0}{value}\u{a0}»");
    Some(match error.kind() {
        ErrorKind::InvalidSubcommand => format!(
            "commande inconnue {}",
            quoted(text(ContextKind::InvalidSubcommand)?)
        ),
        ErrorKind::UnknownArgument => format!(
            "argument inattendu {}",
            quoted(text(ContextKind::InvalidArg)?)
        ),
        ErrorKind::MissingRequiredArgument => format!(
            "il manque un argument\u{a0}: {}",
            text(ContextKind::InvalidArg)?
        ),
        ErrorKind::MissingSubcommand => format!(
            "il manque une commande après {}. Commandes\u{a0}: {}",
            quoted(text(ContextKind::InvalidSubcommand)?),
            text(ContextKind::ValidSubcommand)?
        ),
        ErrorKind::InvalidValue => {
            let arg = quoted(text(ContextKind::InvalidArg)?);
            let valid = text(ContextKind::ValidValue)
                .map(|values| format!(". Valeurs possibles\u{a0}: {values}"))
                .unwrap_or_default();
            match text(ContextKind::InvalidValue) {
                Some(value) if !value.is_empty() => {
                    format!("valeur {} non valide pour {arg}{valid}", quoted(value))
                }
                _ => format!("{arg} attend une valeur{valid}"),
            }
        }
        ErrorKind::TooManyValues => format!(
            "valeur en trop {} pour {}",
            quoted(text(ContextKind::InvalidValue)?),
            quoted(text(ContextKind::InvalidArg)?)
        ),
        ErrorKind::ArgumentConflict => format!(
            "{} ne peut pas s’employer avec {}",
            quoted(text(ContextKind::InvalidArg)?),
            quoted(text(ContextKind::PriorArg)?)
        ),
        ErrorKind::NoEquals => format!(
            "{} attend sa valeur après un «\u{a0}=\u{a0}»",
            quoted(text(ContextKind::InvalidArg)?)
        ),
        _ => return None,
    })
}

/// The close spellings clap found: a command, an option or a value.
fn suggestions(error: &Error) -> Vec<String> {
    [
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedArg,
        ContextKind::SuggestedValue,
    ]
    .into_iter()
    .filter_map(|kind| match error.get(kind) {
        Some(ContextValue::String(value)) => Some(vec![value.clone()]),
        Some(ContextValue::Strings(values)) => Some(values.clone()),
        _ => None,
    })
    .flatten()
    .collect()
}
