//! The interface language. Learners read French by default; `--lang en` or
//! `MULTISTAGE_LANG=en` switches every interface text to English. Each text
//! is written in both languages where it is used, so none can exist in one
//! language only.

/// A language of the interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Lang {
    #[default]
    Fr,
    En,
}

impl Lang {
    /// The text in this language.
    pub fn pick<T>(self, fr: T, en: T) -> T {
        match self {
            Lang::Fr => fr,
            Lang::En => en,
        }
    }

    /// `text` in quotation marks: « text » in French, “text” in English.
    pub fn quote(self, text: &str) -> String {
        match self {
            Lang::Fr => format!("«\u{a0}{text}\u{a0}»"),
            Lang::En => format!("“{text}”"),
        }
    }

    /// A colon followed by a space; French puts a no-break space before it.
    pub fn colon(self) -> &'static str {
        self.pick("\u{a0}: ", ": ")
    }
}
