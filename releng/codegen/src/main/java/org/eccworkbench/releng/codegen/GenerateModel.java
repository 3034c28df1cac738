package org.eccworkbench.releng.codegen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;

/**
 * Generates the Java code of an EMF model with EMF's generator and either checks it against the
 * committed {@code src-gen} folders or writes it there.
 * <p>
 * Arguments: {@code check|write ROOT WORK GENMODEL...}, where ROOT is the repository, WORK an empty
 * scratch folder and each GENMODEL a path relative to ROOT. Everything the generator writes for a
 * genmodel's projects goes under WORK; the {@code src-gen} folders are then compared with (or copied
 * to) {@code ROOT/bundles/<project>/src-gen}. What it writes beside them (manifest, plugin.xml,
 * plugin.properties, icons) is maintained by hand in the bundles and only serves as a reference.
 */
public final class GenerateModel {

	/** Genmodels that name no edit directory: only their model code is generated. */
	private static final java.util.Set<GenModel> WITHOUT_EDIT = new java.util.HashSet<>();

	public static void main(String[] args) throws IOException {
		if (args.length < 4 || !List.of("check", "write").contains(args[0])) {
			System.err.println("usage: GenerateModel check|write ROOT WORK GENMODEL...");
			System.exit(2);
		}
		boolean write = "write".equals(args[0]);
		Path root = Path.of(args[1]).toAbsolutePath().normalize();
		Path work = Path.of(args[2]).toAbsolutePath().normalize();
		deleteTree(work);
		Files.createDirectories(work);

		List<String> differences = new ArrayList<>();
		for (int i = 3; i < args.length; i++) {
			Path genModelFile = root.resolve(args[i]);
			GenModel genModel = load(genModelFile, root);
			generate(genModel, work);
			for (String project : projects(genModel)) {
				Path generated = work.resolve(project).resolve("src-gen");
				Path committed = root.resolve("bundles").resolve(project).resolve("src-gen");
				if (write) {
					deleteTree(committed);
					copyTree(generated, committed);
					System.out.println("generated " + root.relativize(committed));
				} else {
					differences.addAll(compare(generated, committed, root));
				}
			}
		}
		if (!differences.isEmpty()) {
			System.err.println("The committed generated model code differs from a fresh generation:");
			differences.forEach(d -> System.err.println("  " + d));
			System.err.println("Run releng/scripts/generate-model.sh and commit the result.");
			System.exit(1);
		}
		if (!write) {
			System.out.println("generated model code matches the committed src-gen folders");
		}
	}

	private static GenModel load(Path genModelFile, Path root) {
		EcorePackage.eINSTANCE.eClass();
		GenModelPackage.eINSTANCE.eClass();
		ResourceSet resources = new ResourceSetImpl();
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new EcoreResourceFactoryImpl());
		// platform:/resource/<project>/ is the bundle folder of that name.
		resources.getURIConverter().getURIMap().put(URI.createPlatformResourceURI("/", false),
				URI.createFileURI(root.resolve("bundles").toString() + "/"));
		String project = genModelFile.getParent().getParent().getFileName().toString();
		URI uri = URI.createPlatformResourceURI(project + "/" + root.resolve("bundles").resolve(project)
				.relativize(genModelFile).toString().replace('\\', '/'), true);
		Resource resource = resources.getResource(uri, true);
		GenModel settings = (GenModel) resource.getContents().get(0);
		boolean withEdit = settings.eIsSet(GenModelPackage.Literals.GEN_MODEL__EDIT_DIRECTORY);

		// A complete generator model for the current ecore, with the committed file's settings.
		List<EPackage> packages = settings.getGenPackages().stream().map(p -> p.getEcorePackage()).toList();
		GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
		resource.getContents().add(genModel);
		genModel.initialize(packages);
		genModel.reconcile(settings);
		resource.getContents().remove(settings);
		genModel.setCanGenerate(true);
		if (!withEdit) {
			WITHOUT_EDIT.add(genModel);
		}
		Diagnostic diagnostic = genModel.diagnose();
		if (diagnostic.getSeverity() == Diagnostic.ERROR) {
			throw new IllegalStateException("the genmodel has errors: " + diagnostic);
		}
		return genModel;
	}

	private static void generate(GenModel genModel, Path work) {
		// Output goes to WORK/<project>/ instead of the bundles folder; the model files themselves
		// stay where they are (the longest mapped prefix wins).
		URIConverter converter = genModel.eResource().getResourceSet().getURIConverter();
		URI modelFolder = genModel.eResource().getURI().trimSegments(1).appendSegment("");
		URI modelFolderFile = converter.normalize(modelFolder);
		for (String project : projects(genModel)) {
			converter.getURIMap().put(URI.createPlatformResourceURI("/" + project + "/", false),
					URI.createFileURI(work.resolve(project).toString() + "/"));
		}
		converter.getURIMap().put(modelFolder, modelFolderFile);
		// Outside Eclipse no plug-in registers the generator adapters.
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		Generator generator = new Generator();
		generator.setInput(genModel);
		List<String> types = WITHOUT_EDIT.contains(genModel) ? List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE)
				: List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE);
		for (String type : types) {
			Diagnostic result = generator.generate(genModel, type, new BasicMonitor());
			if (result.getSeverity() == Diagnostic.ERROR) {
				throw new IllegalStateException("generation failed: " + result);
			}
		}
	}

	private static List<String> projects(GenModel genModel) {
		Stream<String> directories = WITHOUT_EDIT.contains(genModel) ? Stream.of(genModel.getModelDirectory())
				: Stream.of(genModel.getModelDirectory(), genModel.getEditDirectory());
		return directories
				.map(directory -> directory.split("/")[1]).distinct().toList();
	}

	private static List<String> compare(Path generated, Path committed, Path root) throws IOException {
		TreeSet<Path> files = new TreeSet<>();
		files.addAll(relativeFiles(generated));
		files.addAll(relativeFiles(committed));
		List<String> differences = new ArrayList<>();
		for (Path file : files) {
			Path fresh = generated.resolve(file);
			Path kept = committed.resolve(file);
			String name = root.relativize(kept).toString();
			if (!Files.exists(kept)) {
				differences.add("missing: " + name);
			} else if (!Files.exists(fresh)) {
				differences.add("not generated any more: " + name);
			} else if (Files.mismatch(fresh, kept) >= 0) {
				differences.add("changed: " + name);
			}
		}
		return differences;
	}

	private static List<Path> relativeFiles(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile).map(folder::relativize).toList();
		}
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> walk = Files.walk(from)) {
			walk.forEach(source -> {
				try {
					Path target = to.resolve(from.relativize(source));
					if (Files.isDirectory(source)) {
						Files.createDirectories(target);
					} else {
						Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
					}
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
	}

	private static void deleteTree(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		Files.walkFileTree(folder, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
				Files.delete(file);
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
				Files.delete(dir);
				return FileVisitResult.CONTINUE;
			}
		});
	}
}
