//! Equality of two JSON documents as values: object key order does not matter,
//! strings (so also 64-bit integers, which are strings) compare exactly,
//! numbers compare numerically (`1`, `1.0` and `1e0` are equal).

use serde_json::Value;

/// Parses both texts and compares them; `Err` explains the first difference.
pub fn json_equal(expected: &str, actual: &str) -> Result<(), String> {
    let e: Value = serde_json::from_str(expected)
        .map_err(|err| format!("expected JSON does not parse: {err}"))?;
    let a: Value =
        serde_json::from_str(actual).map_err(|err| format!("output is not JSON: {err}"))?;
    compare(&e, &a, "$")
}

fn compare(e: &Value, a: &Value, path: &str) -> Result<(), String> {
    match (e, a) {
        (Value::Number(x), Value::Number(y)) => {
            if x.as_f64() == y.as_f64() {
                Ok(())
            } else {
                Err(format!("{path}: expected {x}, got {y}"))
            }
        }
        (Value::Object(x), Value::Object(y)) => {
            let mut keys: Vec<&String> = x.keys().chain(y.keys()).collect();
            keys.sort();
            keys.dedup();
            for k in keys {
                let p = format!("{path}.{k}");
                match (x.get(k), y.get(k)) {
                    (Some(ev), Some(av)) => compare(ev, av, &p)?,
                    (Some(ev), None) => return Err(format!("{p}: missing (expected {ev})")),
                    (None, Some(av)) => return Err(format!("{p}: unexpected member {av}")),
                    (None, None) => unreachable!(),
                }
            }
            Ok(())
        }
        (Value::Array(x), Value::Array(y)) => {
            if x.len() != y.len() {
                return Err(format!(
                    "{path}: expected {} elements, got {}",
                    x.len(),
                    y.len()
                ));
            }
            for (i, (ev, av)) in x.iter().zip(y).enumerate() {
                compare(ev, av, &format!("{path}[{i}]"))?;
            }
            Ok(())
        }
        _ if e == a => Ok(()),
        _ => Err(format!("{path}: expected {e}, got {a}")),
    }
}

#[cfg(test)]
mod tests {
    use super::json_equal;

    #[test]
    fn order_and_number_spelling_do_not_matter() {
        assert!(json_equal(r#"{"a": 1, "b": "x"}"#, r#"{"b":"x","a":1.0}"#).is_ok());
        assert!(json_equal(r#"{"d": 1e300}"#, r#"{"d": 1E+300}"#).is_ok());
    }

    #[test]
    fn int64_strings_and_types_matter() {
        assert!(json_equal(r#"{"n": "1"}"#, r#"{"n": 1}"#).is_err());
        assert!(json_equal(r#"{"n": "1"}"#, r#"{"n": "01"}"#).is_err());
        assert!(json_equal(r#"{"a": [1, 2]}"#, r#"{"a": [2, 1]}"#).is_err());
        assert!(json_equal(r#"{"a": 1}"#, r#"{"a": 1, "b": null}"#).is_err());
        assert!(json_equal(r#"{}"#, r#"not json"#).is_err());
    }
}
