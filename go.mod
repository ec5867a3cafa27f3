module github.com/postmortem-bot/postmortem-bot

go 1.26.8

require (
	github.com/bmatcuk/doublestar/v4 v4.10.4
	github.com/yuin/goldmark v1.8.7
	gopkg.in/yaml.v3 v3.0.1
)
