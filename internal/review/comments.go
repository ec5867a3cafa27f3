package review

import (
	"context"
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"

	"github.com/google/go-github/v62/github"

	"github.com/postmortem-bot/postmortem-bot/internal/config"
	"github.com/postmortem-bot/postmortem-bot/internal/githubapp"
	"github.com/postmortem-bot/postmortem-bot/internal/lint"
)

// reviewMarker opens the body of the review of a head commit.
const reviewMarker = "<!-- postmortem-bot:review sha=%s -->"

// findingRe reads the hidden marker of a finding: in an inline comment it
// names the rule; in a review body's list also the path and line.
// It is compiled on first use, not at every start of the command line.
var findingRe = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`<!-- postmortem-bot:finding rule=(\S+)(?: path=(\S+) line=(\d+))? -->`)
})

// located is a finding where it was reported: path, line and rule.
type located struct {
	path string
	line int
	rule string
}

// plannedReview is what a review would say before dropping what was said.
type plannedReview struct {
	inline  []*github.DraftReviewComment
	keys    []located // one per inline comment
	outside []located
	lines   []string // one per outside finding
}

// postReview posts the review of the head commit: inline comments on lines
// of the diff, the other findings in its body. What an earlier review of
// the pull request already said is not said again, and its comments whose
// finding is gone are marked resolved; with nothing new to say, or a
// review of this commit already posted, nothing is posted. prior is the
// app's earlier check run on the head commit, or nil.
func postReview(ctx context.Context, gh *github.Client, req Request, cfg *config.Config, prior *checkRun, res *Result) error {
	plan := planReview(res.Files)
	said, done, err := map[located]bool{}, false, error(nil)
	if !firstReview(req, prior) {
		said, done, err = earlierReviews(ctx, gh, req, prior != nil, plan, res)
	}
	if err != nil || done {
		return err
	}
	plan = plan.without(said)
	if len(plan.inline)+len(plan.outside) == 0 {
		return nil
	}
	rv, _, err := gh.PullRequests.CreateReview(ctx, req.Owner, req.Repo, req.PullNumber, &github.PullRequestReviewRequest{
		CommitID: github.String(req.HeadSHA), Body: github.String(reviewBody(req, res.Files, plan)),
		Event: github.String(reviewEvent(cfg, res.Files)), Comments: plan.inline,
	})
	if err != nil {
		return wrapf(req, "posting review", err)
	}
	res.ReviewID, res.Comments, res.Outside = rv.GetID(), len(plan.inline), len(plan.outside)
	return nil
}

// planReview places each finding: inline when its line is in the diff,
// in the body otherwise.
func planReview(files []*File) plannedReview {
	var p plannedReview
	for _, f := range files {
		for _, fd := range f.Findings {
			if c := draftComment(f, fd); c != nil {
				p.inline = append(p.inline, c)
				p.keys = append(p.keys, located{f.Path, c.GetLine(), fd.Rule})
				continue
			}
			p.outside = append(p.outside, located{f.Path, fd.Line, fd.Rule})
			p.lines = append(p.lines, outsideLine(f.Path, fd))
		}
		for _, fd := range f.Owners {
			p.outside = append(p.outside, located{f.Path, fd.Line, fd.Rule})
			p.lines = append(p.lines, outsideLine(f.Path, fd))
		}
	}
	return p
}

// draftComment is the inline comment of fd, or nil when its first line
// is not in the diff. It spans Line..EndLine, with the suggested rewrite,
// when the whole range is in the diff; otherwise it sits on Line alone.
func draftComment(f *File, fd lint.Finding) *github.DraftReviewComment {
	if !f.diff[fd.Line] {
		return nil
	}
	c := &github.DraftReviewComment{Path: github.String(f.Path), Side: github.String("RIGHT"), Line: github.Int(fd.Line)}
	whole := f.diff.covers(fd.Line, max(fd.EndLine, fd.Line))
	if whole && fd.EndLine > fd.Line {
		c.StartLine, c.StartSide, c.Line = github.Int(fd.Line), github.String("RIGHT"), github.Int(fd.EndLine)
	}
	c.Body = github.String(commentBody(fd, whole))
	return c
}

// commentBody is the rule, its message and, when the rewrite can be
// applied, a suggestion block, then the finding's hidden marker.
func commentBody(fd lint.Finding, withSuggestion bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**%s** (%s): %s\n", fd.Rule, fd.Severity, fd.Message)
	if withSuggestion && fd.Suggestion != "" {
		fence := "```"
		for strings.Contains(fd.Suggestion, fence) {
			fence += "`"
		}
		fmt.Fprintf(&b, "\n%ssuggestion\n%s\n%s\n", fence, strings.TrimSuffix(fd.Suggestion, "\n"), fence)
	}
	fmt.Fprintf(&b, "\n<!-- postmortem-bot:finding rule=%s -->", fd.Rule)
	return b.String()
}

// outsideLine is a finding outside the diff as a line of the body's list.
func outsideLine(path string, fd lint.Finding) string {
	return fmt.Sprintf("- `%s:%d` **%s** (%s): %s <!-- postmortem-bot:finding rule=%s path=%s line=%d -->",
		path, fd.Line, fd.Rule, fd.Severity, fd.Message, fd.Rule, url.PathEscape(path), fd.Line)
}

// without drops what said holds.
func (p plannedReview) without(said map[located]bool) plannedReview {
	var out plannedReview
	for i, c := range p.inline {
		if !said[p.keys[i]] {
			out.inline, out.keys = append(out.inline, c), append(out.keys, p.keys[i])
		}
	}
	for i, l := range p.outside {
		if !said[l] {
			out.outside, out.lines = append(out.outside, l), append(out.lines, p.lines[i])
		}
	}
	return out
}

// reviewEvent is REQUEST_CHANGES when configured and an error was found,
// COMMENT otherwise.
func reviewEvent(cfg *config.Config, files []*File) string {
	if cfg.Review.Event == config.ReviewRequestChanges && counts(files)[lint.Error] > 0 {
		return "REQUEST_CHANGES"
	}
	return "COMMENT"
}

// reviewBody is the review's text: its marker, the counts, and the
// findings on lines outside the diff.
func reviewBody(req Request, files []*File, p plannedReview) string {
	var b strings.Builder
	fmt.Fprintf(&b, reviewMarker+"\n**%s**: %s (all of them are annotated in the check run).\n", req.HeadSHA, CheckName, checkTitle(files))
	if len(p.lines) > 0 {
		b.WriteString("\nOn lines this pull request does not change:\n\n" + strings.Join(p.lines, "\n") + "\n")
	}
	return b.String()
}

// firstReview reports that nothing of the app can be on the pull request
// yet: it was just opened and no run of the app on its head exists (the
// app creates its check run before it posts a review), so there is
// nothing to list.
func firstReview(req Request, prior *checkRun) bool {
	return req.Opened && prior == nil
}

// earlierReviews reads what the app said on the pull request before: the
// findings of its inline comments, whose gone ones it marks resolved, and,
// when there is something to say and a review of the head commit may
// exist (hadRun) or the body lists findings, those of its review bodies.
// done reports that a review of the head commit exists.
func earlierReviews(ctx context.Context, gh *github.Client, req Request, hadRun bool, plan plannedReview, res *Result) (said map[located]bool, done bool, err error) {
	comments, err := listBotComments(ctx, gh, req)
	if err != nil {
		return nil, false, err
	}
	if res.Resolved, err = resolveGone(ctx, gh, req, comments, res.Files); err != nil {
		return nil, false, err
	}
	said = unresolvedFindings(comments)
	if len(plan.inline)+len(plan.outside) == 0 || !hadRun && len(plan.outside) == 0 {
		return said, false, nil
	}
	done, err = reviewedFindings(ctx, gh, req, said)
	return said, done, err
}

// reviewedFindings adds the findings listed in the app's review bodies and
// reports whether one of them reviewed the head commit.
func reviewedFindings(ctx context.Context, gh *github.Client, req Request, said map[located]bool) (bool, error) {
	opts := &github.ListOptions{PerPage: 100}
	done := false
	for {
		page, resp, err := gh.PullRequests.ListReviews(githubapp.Fresh(ctx), req.Owner, req.Repo, req.PullNumber, opts)
		if err != nil {
			return false, wrapf(req, "listing reviews", err)
		}
		for _, rv := range page {
			if isBot(rv.GetUser()) {
				done = done || strings.Contains(rv.GetBody(), fmt.Sprintf(reviewMarker, req.HeadSHA))
				bodyFindings(rv.GetBody(), said)
			}
		}
		if resp.NextPage == 0 {
			return done, nil
		}
		opts.Page = resp.NextPage
	}
}

// bodyFindings adds the findings a review body lists.
func bodyFindings(body string, said map[located]bool) {
	for _, m := range findingRe().FindAllStringSubmatch(body, -1) {
		path, err := url.PathUnescape(m[2])
		line, lerr := strconv.Atoi(m[3])
		if m[2] != "" && err == nil && lerr == nil {
			said[located{path, line, m[1]}] = true
		}
	}
}

// isBot reports whether u is an app's bot account: only an app writes
// the markers this package reads, so a person quoting one is ignored.
func isBot(u *github.User) bool {
	return u.GetType() == "Bot"
}
