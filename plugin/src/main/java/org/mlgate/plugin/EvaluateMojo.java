package org.mlgate.plugin;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/** Evaluates a trained model against validation data and fails the build below the POM's thresholds. */
@Mojo(name = "evaluate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class EvaluateMojo extends AbstractMojo {
    @Override
    public void execute() {
        getLog().info("not yet");
    }
}
