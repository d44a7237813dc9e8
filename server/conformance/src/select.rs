//! `--only`: which scenarios run. A selector is a scenario's exact name
//! (`isolation/GetWorkflow`), an area (`isolation`) or an area with its
//! slash (`isolation/`); several selectors run everything any of them names.

use crate::Scenario;

/// The area of a scenario name: the part before its first `/`.
pub fn area(name: &str) -> &str {
    name.split_once('/').map_or(name, |(a, _)| a)
}

fn matches(selector: &str, name: &str) -> bool {
    selector == name || area(name) == selector.strip_suffix('/').unwrap_or(selector)
}

/// The scenarios of `all` that `selectors` name, in report order; every
/// scenario when there is no selector. A selector that names nothing is an
/// error (a typo must not pass as "nothing failed").
pub fn select(all: Vec<Scenario>, selectors: &[String]) -> Result<Vec<Scenario>, String> {
    let selectors: Vec<&str> = selectors
        .iter()
        .flat_map(|s| s.split(','))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    if let Some(unknown) = selectors
        .iter()
        .find(|sel| !all.iter().any(|s| matches(sel, s.name)))
    {
        let mut areas: Vec<&str> = all.iter().map(|s| area(s.name)).collect();
        areas.dedup();
        return Err(format!(
            "--only {unknown}: no such scenario or area (areas: {}; --list prints the scenarios)",
            areas.join(", ")
        ));
    }
    Ok(all
        .into_iter()
        .filter(|s| selectors.is_empty() || selectors.iter().any(|sel| matches(sel, s.name)))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(selectors: &[&str]) -> Result<Vec<&'static str>, String> {
        let selectors: Vec<String> = selectors.iter().map(|s| s.to_string()).collect();
        Ok(select(crate::all(), &selectors)?
            .iter()
            .map(|s| s.name)
            .collect())
    }

    #[test]
    fn selectors_name_scenarios_and_areas() {
        assert_eq!(names(&[]).unwrap().len(), crate::all().len());
        assert_eq!(
            names(&["isolation/GetWorkflow"]).unwrap(),
            ["isolation/GetWorkflow"]
        );
        let by_area = names(&["idempotency"]).unwrap();
        assert_eq!(by_area, names(&["idempotency/"]).unwrap());
        assert!(by_area.len() >= 2 && by_area.iter().all(|n| n.starts_with("idempotency/")));
        // A comma list and repeated selectors mean the same; report order holds.
        let both = names(&["schedules,idempotency"]).unwrap();
        assert_eq!(both, names(&["idempotency", "schedules"]).unwrap());
        assert!(both.first().unwrap().starts_with("idempotency/"));
    }

    #[test]
    fn a_selector_that_names_nothing_is_an_error() {
        let err = names(&["isolation", "isolaton"]).unwrap_err();
        assert!(
            err.contains("isolaton") && err.contains("areas: isolation"),
            "{err}"
        );
        // A prefix of an area name is not the area.
        assert!(names(&["iso"]).is_err());
    }
}
