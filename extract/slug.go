package extract

// Slug returns the lower-case ASCII slug of a name, as drafted ids use it
// after "<kind>/" (Cyrillic transliterated, accents dropped).
func Slug(name string) string { return slug(name) }
