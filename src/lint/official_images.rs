//! The Docker Official Images (Docker Hub's `library/` namespace), so that
//! `COPY --from=nginx` is known to be an image while `COPY --from=buidler`
//! is a misspelled stage. The list is data: `official_images.txt`.

const LIST: &str = include_str!("official_images.txt");

/// Whether `name` is an official image repository (`nginx`, `node`…).
pub fn is_official(name: &str) -> bool {
    LIST.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .any(|official| official == name)
}

/// A name with no `/`, `:` or `@` that no official image has (nor `scratch`):
/// most likely a stage name gone wrong rather than an image.
pub fn looks_like_a_stage_name(name: &str) -> bool {
    !name.contains(['/', ':', '@'])
        && !name.eq_ignore_ascii_case("scratch")
        && !is_official(&name.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::is_official;

    #[test]
    fn knows_the_common_images() {
        for name in ["nginx", "node", "python", "golang", "alpine", "composer"] {
            assert!(is_official(name), "{name}");
        }
        assert!(!is_official("buidler"));
        assert!(!is_official("builder"));
    }
}
