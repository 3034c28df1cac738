/**
 * Copyright (c) 2026 ECC Workbench contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.eccworkbench.model.circuit.provider;


import java.util.Collection;
import java.util.List;

import org.eccworkbench.model.circuit.Circuit;
import org.eccworkbench.model.circuit.CircuitFactory;
import org.eccworkbench.model.circuit.CircuitPackage;

import org.eccworkbench.model.edit.internal.CircuitEditPlugin;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link org.eccworkbench.model.circuit.Circuit} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class CircuitItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final String copyright = "Copyright (c) 2026 ECC Workbench contributors.\nSPDX-License-Identifier: EPL-2.0";

	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CircuitItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addNamePropertyDescriptor(object);
			addDescriptionPropertyDescriptor(object);
			addModelVersionPropertyDescriptor(object);
			addKindPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Name feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNamePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Circuit_name_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Circuit_name_feature", "_UI_Circuit_type"),
				 CircuitPackage.Literals.CIRCUIT__NAME,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Description feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDescriptionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Circuit_description_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Circuit_description_feature", "_UI_Circuit_type"),
				 CircuitPackage.Literals.CIRCUIT__DESCRIPTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Model Version feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addModelVersionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Circuit_modelVersion_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Circuit_modelVersion_feature", "_UI_Circuit_type"),
				 CircuitPackage.Literals.CIRCUIT__MODEL_VERSION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Kind feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addKindPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_Circuit_kind_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_Circuit_kind_feature", "_UI_Circuit_type"),
				 CircuitPackage.Literals.CIRCUIT__KIND,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(CircuitPackage.Literals.CIRCUIT__COMPONENTS);
			childrenFeatures.add(CircuitPackage.Literals.CIRCUIT__CONNECTIONS);
			childrenFeatures.add(CircuitPackage.Literals.CIRCUIT__PATIENT);
			childrenFeatures.add(CircuitPackage.Literals.CIRCUIT__CLINICAL_CASE);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean hasChildren(Object object) {
		return hasChildren(object, true);
	}

	/**
	 * This returns Circuit.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/Circuit"));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected boolean shouldComposeCreationImage() {
		return true;
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		String label = ((Circuit)object).getName();
		return label == null || label.length() == 0 ?
			getString("_UI_Circuit_type") :
			getString("_UI_Circuit_type") + " " + label;
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(Circuit.class)) {
			case CircuitPackage.CIRCUIT__NAME:
			case CircuitPackage.CIRCUIT__DESCRIPTION:
			case CircuitPackage.CIRCUIT__MODEL_VERSION:
			case CircuitPackage.CIRCUIT__KIND:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case CircuitPackage.CIRCUIT__COMPONENTS:
			case CircuitPackage.CIRCUIT__CONNECTIONS:
			case CircuitPackage.CIRCUIT__PATIENT:
			case CircuitPackage.CIRCUIT__CLINICAL_CASE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(CircuitPackage.Literals.CIRCUIT__COMPONENTS,
				 CircuitFactory.eINSTANCE.createPatientNode()));

		newChildDescriptors.add
			(createChildParameter
				(CircuitPackage.Literals.CIRCUIT__COMPONENTS,
				 CircuitFactory.eINSTANCE.createCannula()));

		newChildDescriptors.add
			(createChildParameter
				(CircuitPackage.Literals.CIRCUIT__COMPONENTS,
				 CircuitFactory.eINSTANCE.createConnector()));

		newChildDescriptors.add
			(createChildParameter
				(CircuitPackage.Literals.CIRCUIT__COMPONENTS,
				 CircuitFactory.eINSTANCE.createReservoir()));

		newChildDescriptors.add
			(createChildParameter
				(CircuitPackage.Literals.CIRCUIT__COMPONENTS,
				 CircuitFactory.eINSTANCE.createRollerPump()));

		newChildDescriptors.add
			(createChildParameter
				(CircuitPackage.Literals.CIRCUIT__COMPONENTS,
				 CircuitFactory.eINSTANCE.createCentrifugalPump()));

		newChildDescriptors.add
			(createChildParameter
				(CircuitPackage.Literals.CIRCUIT__COMPONENTS,
				 CircuitFactory.eINSTANCE.createOxygenator()));

		newChildDescriptors.add
			(createChildParameter
				(CircuitPackage.Literals.CIRCUIT__COMPONENTS,
				 CircuitFactory.eINSTANCE.createArterialFilter()));

		newChildDescriptors.add
			(createChildParameter
				(CircuitPackage.Literals.CIRCUIT__COMPONENTS,
				 CircuitFactory.eINSTANCE.createCardioplegiaSet()));

		newChildDescriptors.add
			(createChildParameter
				(CircuitPackage.Literals.CIRCUIT__COMPONENTS,
				 CircuitFactory.eINSTANCE.createSuctionVent()));

		newChildDescriptors.add
			(createChildParameter
				(CircuitPackage.Literals.CIRCUIT__COMPONENTS,
				 CircuitFactory.eINSTANCE.createHemoconcentrator()));

		newChildDescriptors.add
			(createChildParameter
				(CircuitPackage.Literals.CIRCUIT__COMPONENTS,
				 CircuitFactory.eINSTANCE.createOneWayValve()));

		newChildDescriptors.add
			(createChildParameter
				(CircuitPackage.Literals.CIRCUIT__COMPONENTS,
				 CircuitFactory.eINSTANCE.createClamp()));

		newChildDescriptors.add
			(createChildParameter
				(CircuitPackage.Literals.CIRCUIT__COMPONENTS,
				 CircuitFactory.eINSTANCE.createSensor()));

		newChildDescriptors.add
			(createChildParameter
				(CircuitPackage.Literals.CIRCUIT__COMPONENTS,
				 CircuitFactory.eINSTANCE.createGasBlender()));

		newChildDescriptors.add
			(createChildParameter
				(CircuitPackage.Literals.CIRCUIT__COMPONENTS,
				 CircuitFactory.eINSTANCE.createHeaterCooler()));

		newChildDescriptors.add
			(createChildParameter
				(CircuitPackage.Literals.CIRCUIT__CONNECTIONS,
				 CircuitFactory.eINSTANCE.createConnection()));

		newChildDescriptors.add
			(createChildParameter
				(CircuitPackage.Literals.CIRCUIT__PATIENT,
				 CircuitFactory.eINSTANCE.createPatient()));

		newChildDescriptors.add
			(createChildParameter
				(CircuitPackage.Literals.CIRCUIT__CLINICAL_CASE,
				 CircuitFactory.eINSTANCE.createClinicalCase()));
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return CircuitEditPlugin.INSTANCE;
	}

}
