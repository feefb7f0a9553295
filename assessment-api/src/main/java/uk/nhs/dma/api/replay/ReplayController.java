package uk.nhs.dma.api.replay;

import org.springframework.security.access.prepost.PreAuthorize;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import uk.nhs.dma.api.web.NotFound;
import uk.nhs.dma.projections.processing.Replays;

/** Starts and follows replays of the read models. */
@RestController
@PreAuthorize("@scope.grants('ADMIN')")
@RequestMapping("/api/admin/replays")
public class ReplayController {

    record ReplayRequest(List<String> processors) {
    }

    private final Replays replays;

    public ReplayController(Replays replays) {
        this.replays = replays;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.ACCEPTED)
    public ResponseEntity<Replays.Replay> start(@RequestBody(required = false) ReplayRequest body) {
        Replays.Replay replay = replays.start(body == null ? List.of("all") : body.processors());
        return ResponseEntity.accepted().location(URI.create("/api/admin/replays/" + replay.replayId())).body(replay);
    }

    @GetMapping("/{id}")
    public Replays.Replay get(@PathVariable String id) {
        return replays.find(id).orElseThrow(() -> new NotFound("No replay '" + id + "'."));
    }
}
