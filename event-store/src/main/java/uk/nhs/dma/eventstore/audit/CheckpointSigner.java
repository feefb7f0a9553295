package uk.nhs.dma.eventstore.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Signs and verifies checkpoints with Ed25519, so that an auditor outside the database can check them with the
 * public key alone (for example with openssl). The private key ({@code assessment.audit.checkpoint-key}, PKCS#8
 * PEM) signs; the public key ({@code assessment.audit.checkpoint-public-key}, X.509 PEM) verifies. Without a
 * private key no checkpoint is recorded, and the service says so at start and in the checkpoint status; with only
 * the public key it still verifies the checkpoints it is given.
 */
@Component
public class CheckpointSigner {

    public static final String ALGORITHM = "Ed25519";
    private static final Logger log = LoggerFactory.getLogger(CheckpointSigner.class);

    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    private final String keyId;

    public CheckpointSigner(AuditSettings audit) {
        String privatePem = audit.checkpointKey();
        String publicPem = audit.checkpointPublicKey();
        try {
            KeyFactory keys = KeyFactory.getInstance(ALGORITHM);
            this.privateKey = privatePem.isBlank() ? null
                    : keys.generatePrivate(new PKCS8EncodedKeySpec(der(privatePem)));
            this.publicKey = publicPem.isBlank() ? null : keys.generatePublic(new X509EncodedKeySpec(der(publicPem)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("assessment.audit.checkpoint-key or -public-key is not an Ed25519 key"
                    + " in PEM (openssl genpkey -algorithm ed25519; openssl pkey -pubout)");
        }
        if (privateKey != null && publicKey == null) {
            throw new IllegalStateException("assessment.audit.checkpoint-key is set but"
                    + " assessment.audit.checkpoint-public-key is not: set both (openssl pkey -in key.pem -pubout)");
        }
        if (privateKey != null && !verify(message("pair-check"), sign(message("pair-check")))) {
            throw new IllegalStateException("assessment.audit.checkpoint-public-key is not the public key of"
                    + " assessment.audit.checkpoint-key");
        }
        this.keyId = publicKey == null ? null : EventHash.sha256(Base64.getEncoder().encodeToString(
                publicKey.getEncoded()));
        if (privateKey == null) {
            log.warn("Audit checkpoints are disabled: no signing key (assessment.audit.checkpoint-key and"
                    + " assessment.audit.checkpoint-public-key). Deleting a whole stream, or cutting a stream's tail"
                    + " and its head, will not be detected.");
        }
    }

    public boolean canSign() {
        return privateKey != null;
    }

    public boolean canVerify() {
        return publicKey != null;
    }

    /** The SHA-256 of the base64 X.509 public key: names the key that signed a checkpoint. */
    public String keyId() {
        return keyId;
    }

    /** The public key in PEM, to hand to auditors (they should also hold their own copy from the operator). */
    public String publicKeyPem() {
        if (publicKey == null) {
            return null;
        }
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(publicKey.getEncoded()) + "\n-----END PUBLIC KEY-----\n";
    }

    public String status() {
        if (privateKey != null) {
            return "enabled: checkpoints are signed with Ed25519 key " + keyId;
        }
        return publicKey != null ? "recording disabled: no signing key; checkpoints are verified with key " + keyId
                : "disabled: no signing key configured (assessment.audit.checkpoint-key), so checkpoints are neither"
                + " recorded nor their signatures verified";
    }

    /** The Ed25519 signature of the message, in hex (base64 could begin with a CSV formula character). */
    public String sign(byte[] message) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey);
            signature.update(message);
            return HexFormat.of().formatHex(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a checkpoint", e);
        }
    }

    public boolean verify(byte[] message, String hexSignature) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(publicKey);
            signature.update(message);
            return signature.verify(HexFormat.of().parseHex(hexSignature));
        } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    private static byte[] message(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] der(String pem) {
        String body = pem.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }
}
