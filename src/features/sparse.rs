//! A sparse feature vector: sorted indices with their values.

/// Feature indices (ascending, unique) and their weights.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SparseVector {
    indices: Vec<usize>,
    values: Vec<f64>,
}

impl SparseVector {
    /// Builds from (index, value) pairs, summing repeated indices.
    pub fn from_pairs(mut pairs: Vec<(usize, f64)>) -> Self {
        pairs.sort_unstable_by_key(|&(i, _)| i);
        let mut vector = SparseVector::default();
        for (index, value) in pairs {
            match vector.indices.last() {
                Some(&last) if last == index => {
                    *vector.values.last_mut().expect("values parallel indices") += value
                }
                _ => {
                    vector.indices.push(index);
                    vector.values.push(value);
                }
            }
        }
        vector
    }

    /// The feature indices, ascending.
    pub fn indices(&self) -> &[usize] {
        &self.indices
    }

    /// The values, parallel to [`indices`](Self::indices).
    pub fn values(&self) -> &[f64] {
        &self.values
    }

    /// (index, mutable value) pairs: values can change, indices cannot.
    pub fn iter_mut(&mut self) -> impl Iterator<Item = (usize, &mut f64)> + '_ {
        self.indices.iter().copied().zip(self.values.iter_mut())
    }

    /// (index, value) pairs.
    pub fn iter(&self) -> impl Iterator<Item = (usize, f64)> + '_ {
        self.indices
            .iter()
            .copied()
            .zip(self.values.iter().copied())
    }

    /// Whether no feature is present.
    pub fn is_empty(&self) -> bool {
        self.indices.is_empty()
    }

    /// Scales to unit Euclidean length (an all-zero vector stays zero).
    pub fn l2_normalize(&mut self) {
        let norm = self.values.iter().map(|v| v * v).sum::<f64>().sqrt();
        if norm > 0.0 {
            self.values.iter_mut().for_each(|v| *v /= norm);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merges_repeats_and_sorts() {
        let v = SparseVector::from_pairs(vec![(3, 1.0), (1, 2.0), (3, 0.5)]);
        assert_eq!(v.indices(), [1, 3]);
        assert_eq!(v.values(), [2.0, 1.5]);
    }

    #[test]
    fn normalises_to_unit_length() {
        let mut v = SparseVector::from_pairs(vec![(0, 3.0), (1, 4.0)]);
        v.l2_normalize();
        assert_eq!(v.values(), [0.6, 0.8]);
    }
}
